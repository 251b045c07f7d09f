package ruhr.welcome.admin.gaps;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Which inbox items editors have dealt with (table {@code gap_resolution}). */
@Repository
class GapResolutions {

    /** What became of an item. */
    enum Outcome { DISMISSED, ALTERNATE }

    private final JdbcTemplate jdbc;

    GapResolutions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The refs ({@code q<id>}, {@code p<id>}) of every resolved item. */
    @Transactional(readOnly = true)
    Set<String> resolvedRefs() {
        Set<String> refs = new HashSet<>();
        jdbc.query("select question_id, proposal_id from gap_resolution", (java.sql.ResultSet rs) -> {
            long question = rs.getLong(1);
            refs.add(rs.wasNull() ? "p" + rs.getLong(2) : "q" + question);
        });
        return refs;
    }

    /** Marks items as dealt with; items already resolved keep their first outcome. Returns how many are new. */
    @Transactional(propagation = Propagation.MANDATORY)
    int resolve(List<ItemRef> items, Outcome outcome, String staff) {
        int added = 0;
        for (ItemRef item : items) {
            added += jdbc.update("""
                    insert into gap_resolution (question_id, proposal_id, outcome, resolved_by) values (?, ?, ?, ?)
                    on conflict do nothing""",
                    item.question() ? item.id() : null, item.question() ? null : item.id(), outcome.name(), staff);
        }
        return added;
    }
}
