package ruhr.welcome.bot.outbox;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import ruhr.welcome.bot.conversation.ConversationForgotten;

/**
 * Delivered messages hold answers and chat ids: they are kept only as long as they help against
 * duplicates and for diagnosis, and go at once when the person asks us to forget them.
 */
@Component
class DeliveredCleanup {

    private final JdbcTemplate jdbc;

    DeliveredCleanup(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void forgotten(ConversationForgotten event) {
        jdbc.update("delete from outbox_message where channel = ? and chat_id = ? and state <> 'PENDING'",
                event.chat().channel().name(), event.chat().externalId());
    }

    @Scheduled(initialDelayString = "${welcome.privacy.sweep:1h}", fixedDelayString = "${welcome.privacy.sweep:1h}")
    void sweep() {
        jdbc.update("delete from outbox_message where state <> 'PENDING' and created_at < now() - interval '2 days'");
    }
}
