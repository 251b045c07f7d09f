package ruhr.welcome.bot.inbound;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

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

    @Scheduled(initialDelayString = "${welcome.privacy.sweep:1h}", fixedDelayString = "${welcome.privacy.sweep:1h}")
    void sweep() {
        jdbc.update("delete from inbound_update where processed_at < now() - interval '2 days'");
    }
}
