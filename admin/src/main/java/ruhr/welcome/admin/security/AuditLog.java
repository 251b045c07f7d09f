package ruhr.welcome.admin.security;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who changed what, when, with the state before and after. Written in the same transaction as the
 * change, so there is no change without its entry.
 */
@Service
public class AuditLog {

    private final JdbcTemplate jdbc;

    AuditLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @param actor   the staff username, or {@code system} for start-up tasks
     * @param action  what was done, e.g. {@code faq.publish}
     * @param subject what it was done to, e.g. {@code faq:residence-blue-card}
     * @param before  JSON of the state before, null for a creation
     * @param after   JSON of the state after, null for a deletion
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String actor, String action, String subject, String before, String after) {
        jdbc.update("insert into audit_log (actor, action, subject, before_json, after_json) values (?, ?, ?, ?, ?)",
                actor, action, subject, before, after);
    }
}
