package ruhr.welcome.bot.guide;

import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import ruhr.welcome.bot.conversation.Deliveries;
import ruhr.welcome.bot.conversation.Inbound;
import ruhr.welcome.bot.conversation.Reply;
import ruhr.welcome.bot.handoff.Handoff;
import ruhr.welcome.bot.handoff.HandoffDesk;
import ruhr.welcome.bot.handoff.HandoffEvents.GuideEdited;
import ruhr.welcome.bot.handoff.HandoffEvents.NewcomerEdited;
import ruhr.welcome.bot.handoff.RelayCopies;
import ruhr.welcome.bot.i18n.BotTexts;

/**
 * Edits are mirrored in a connected chat: a guide's edit of a message the newcomer got changes the
 * newcomer's copy, and a newcomer's edit changes the copy in their guide's chat. Edits of messages
 * that were never passed on (or in a chat that ended or moved to another guide) get a polite note.
 */
@Component
class RelayEdits {

    private final HandoffDesk desk;
    private final RelayCopies copies;
    private final GuideRepository guides;
    private final GuideChats chats;
    private final Deliveries deliveries;
    private final BotTexts texts;
    private final ApplicationEventPublisher events;

    RelayEdits(HandoffDesk desk, RelayCopies copies, GuideRepository guides, GuideChats chats, Deliveries deliveries,
               BotTexts texts, ApplicationEventPublisher events) {
        this.chats = chats;
        this.desk = desk;
        this.copies = copies;
        this.guides = guides;
        this.deliveries = deliveries;
        this.texts = texts;
        this.events = events;
    }

    /** The guide edited one of their messages; only copies in chats they hold now are changed. */
    List<Reply> guideEdited(Guide guide, Long messageId, Inbound.Edited edit, String lang) {
        if (messageId != null) {
            var held = desk.connectedTo(guide.getId());
            var copied = copies.of(GuideChats.chatOf(guide), messageId);
            for (Handoff handoff : held) {
                var ofThisChat = copied.stream().filter(c -> c.handoffId() == handoff.getId()).toList();
                if (!ofThisChat.isEmpty()) {
                    events.publishEvent(new GuideEdited(handoff.getId(), handoff.getConversationId(), guide.getDisplayName(),
                            ofThisChat, edit.text(), edit.media()));
                    return List.of();
                }
            }
        }
        return List.of(Reply.text(lang, texts.text(lang, "guide.edits-not-relayed")));
    }

    /** The newcomer edited a message their guide has a copy of. */
    @EventListener
    void newcomerEdited(NewcomerEdited edited) {
        guides.findById(edited.guideId()).filter(g -> g.getTelegramUserId() != null).ifPresent(guide -> {
            for (RelayCopies.RelayCopy copy : edited.copies()) {
                if (!copy.target().equals(GuideChats.chatOf(guide))) {
                    continue; // never into a chat other than the current guide's
                }
                switch (copy.kind()) {
                    case COPY -> deliveries.editCopy(copy.target(), copy.posted(), edited.text(), edited.media());
                    case TEXT -> {
                        if (!edited.media()) {
                            String lang = chats.guideLanguage(guide);
                            deliveries.replace(copy.target(), copy.posted(), Reply.text(lang, edited.text()));
                        }
                    }
                }
            }
        });
    }
}
