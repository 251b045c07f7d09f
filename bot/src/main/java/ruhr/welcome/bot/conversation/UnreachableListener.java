package ruhr.welcome.bot.conversation;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import ruhr.welcome.bot.outbox.ChatUnreachable;

/** A newcomer who blocked the bot is marked unreachable, so nothing more is queued for them. */
@Component
class UnreachableListener {

    private final ConversationRepository conversations;

    UnreachableListener(ConversationRepository conversations) {
        this.conversations = conversations;
    }

    @EventListener
    @Transactional
    void on(ChatUnreachable event) {
        conversations.findByChannelAndExternalId(event.chat().channel(), event.chat().externalId())
                .ifPresent(Conversation::markUnreachable);
    }
}
