package ruhr.welcome.knowledge.questions;

import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Proposed FAQ entries for the editors' gaps inbox: a question, an answer, where it came from. */
@Service
public class FaqProposals {

    public static final int MAX_QUESTION = 1000;
    public static final int MAX_ANSWER = 4000;

    /** One proposal as the inbox shows it. */
    public record Proposal(long id, String lang, String question, String answer, String source, String city,
                           String topic, Instant createdAt) {
    }

    private final JdbcTemplate jdbc;

    FaqProposals(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** @param source who proposed it, e.g. {@code guide:12}; never a newcomer */
    @Transactional
    public long propose(String lang, String question, String answer, String source, String city, String topic) {
        if (question == null || question.isBlank() || answer == null || answer.isBlank()) {
            throw new IllegalArgumentException("a proposal needs a question and an answer");
        }
        return jdbc.queryForObject("""
                insert into faq_proposal (lang, question, answer, source, city, topic) values (?, ?, ?, ?, ?, ?)
                returning id""", Long.class, lang, clip(question, MAX_QUESTION), clip(answer, MAX_ANSWER), source, city, topic);
    }

    @Transactional(readOnly = true)
    public List<Proposal> open() {
        return jdbc.query("""
                select id, lang, question, answer, source, city, topic, created_at from faq_proposal
                where status = 'OPEN' order by created_at""",
                (rs, i) -> new Proposal(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getString(7), rs.getTimestamp(8).toInstant()));
    }

    private static String clip(String text, int max) {
        String clean = text.strip();
        return clean.length() > max ? clean.substring(0, max) : clean;
    }
}
