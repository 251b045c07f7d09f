package ruhr.welcome.bot.conversation;

import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import ruhr.welcome.knowledge.questions.QuestionLog;

/**
 * Keeps the promise of /privacy: a conversation, its logged questions and every channel's copy are
 * deleted once it has been quiet for the retention period. Works in small batches so a backlog never
 * holds long locks.
 */
@Component
class ConversationRetention {

    private static final Logger log = LoggerFactory.getLogger(ConversationRetention.class);

    private final ConversationRepository conversations;
    private final QuestionLog questions;
    private final ApplicationEventPublisher events;
    private final PrivacyProperties properties;
    private final TransactionTemplate tx;

    ConversationRetention(ConversationRepository conversations, QuestionLog questions, ApplicationEventPublisher events,
                          PrivacyProperties properties, TransactionTemplate tx) {
        this.conversations = conversations;
        this.questions = questions;
        this.events = events;
        this.properties = properties;
        this.tx = tx;
    }

    @Scheduled(initialDelayString = "${welcome.privacy.sweep:1h}", fixedDelayString = "${welcome.privacy.sweep:1h}")
    void sweep() {
        int deleted = 0;
        int batch;
        do {
            batch = deleteExpiredBatch();
            deleted += batch;
        } while (batch > 0);
        if (deleted > 0) {
            log.info("Deleted {} conversations after {} without messages", deleted, properties.retention());
        }
    }

    /** One batch in one transaction; returns how many conversations it deleted. */
    int deleteExpiredBatch() {
        Instant cutoff = Instant.now().minus(properties.retention());
        Integer count = tx.execute(status -> {
            var expired = conversations.findTop200ByLastActivityAtBeforeOrderByLastActivityAt(cutoff);
            for (Conversation conversation : expired) {
                questions.forget(conversation.getAskerRef());
                conversations.delete(conversation);
                events.publishEvent(new ConversationForgotten(conversation.getChat()));
            }
            return expired.size();
        });
        return count == null ? 0 : count;
    }
}
