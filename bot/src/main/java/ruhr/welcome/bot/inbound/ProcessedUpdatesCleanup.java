package ruhr.welcome.bot.inbound;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import ruhr.welcome.bot.conversation.ConversationForgotten;

/**
 * Stored updates hold what people wrote. Once handled they only guard against a channel delivering
 * the same update again, which happens within hours, so they are deleted after two days.
 */
@Component
class ProcessedUpdatesCleanup {

    private final JdbcTemplate jdbc;

    ProcessedUpdatesCleanup(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** /forget (or retention) also removes what the person sent us, once it has been handled. */
    @EventListener
    void forgotten(ConversationForgotten event) {
        jdbc.update("delete from inbound_update where channel = ? and chat_key = ? and processed_at is not null",
                event.chat().channel().name(), event.chat().externalId());
    }

    @Scheduled(initialDelayString = "${welcome.privacy.sweep:1h}", fixedDelayString = "${welcome.privacy.sweep:1h}")
    void sweep() {
        jdbc.update("delete from inbound_update where processed_at < now() - interval '2 days'");
    }
}
