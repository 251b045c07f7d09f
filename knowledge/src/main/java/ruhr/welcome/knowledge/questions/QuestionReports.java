package ruhr.welcome.knowledge.questions;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read-only views of the question log for the staff console: the questions the bot did not serve well
 * (the gaps inbox) and the weekly figures. Never returns the asker's pseudonym or the channel.
 */
@Service
@Transactional(readOnly = true)
public class QuestionReports {

    /**
     * A question the bot did not serve well: nothing found, unsure, or the asker said 👎.
     *
     * @param topEntryKeys   the candidates the bot saw, best first
     * @param chosenEntryKey the offered candidate the asker tapped, else null
     */
    public record GapQuestion(long id, Instant askedAt, String question, String lang, String city, String decision,
                              double confidence, List<String> topEntryKeys, Feedback feedback, String feedbackComment,
                              boolean handedToGuide, String chosenEntryKey) {
        public GapQuestion {
            topEntryKeys = List.copyOf(topEntryKeys);
        }
    }

    /**
     * One week (starting Monday) of questions; a question handed to a guide counts only as handed.
     *
     * @param chosen of the clarified ones, those where the asker tapped an offered entry
     */
    public record Week(LocalDate start, int answered, int clarified, int chosen, int notFound, int handed, int helpful,
                       int notHelpful) {
        public int questions() {
            return answered + clarified + notFound + handed;
        }
    }

    private final JdbcTemplate jdbc;

    QuestionReports(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Questions since {@code since}, newest first: not found, asked back, answered with less than
     * {@code lowConfidence}, or answered and rated 👎; a 👍 settles a question.
     *
     * @param city null for every question; else that city's questions and those without a city
     */
    public List<GapQuestion> gaps(Instant since, double lowConfidence, String city, int limit) {
        return jdbc.query("""
                select id, asked_at, question, detected_lang, city, decision, confidence, top_entry_keys,
                       feedback, feedback_comment, handed_to_guide, chosen_entry_key
                from question_log
                where asked_at >= ?
                  and (decision <> 'ANSWER' or confidence < ? or feedback = 'NOT_HELPFUL')
                  and (feedback is null or feedback <> 'HELPFUL')
                  and (cast(? as varchar) is null or city is null or city = ?)
                order by asked_at desc, id desc
                limit ?""",
                QuestionReports::gapQuestion,
                Timestamp.from(since), lowConfidence, city, city, limit);
    }

    /** One logged question as the inbox shows it, whatever became of it. */
    public java.util.Optional<GapQuestion> question(long id) {
        return jdbc.query("""
                select id, asked_at, question, detected_lang, city, decision, confidence, top_entry_keys,
                       feedback, feedback_comment, handed_to_guide, chosen_entry_key
                from question_log where id = ?""", QuestionReports::gapQuestion, id).stream().findFirst();
    }

    /** Weeks with at least one question since {@code since}, oldest first; {@code city} null for all. */
    public List<Week> weekly(Instant since, ZoneId zone, String city) {
        return jdbc.query("""
                select cast(date_trunc('week', asked_at at time zone ?) as date),
                       count(*) filter (where not handed_to_guide and decision = 'ANSWER'),
                       count(*) filter (where not handed_to_guide and decision = 'CLARIFY'),
                       count(*) filter (where not handed_to_guide and decision = 'CLARIFY' and chosen_entry_key is not null),
                       count(*) filter (where not handed_to_guide and decision = 'NONE'),
                       count(*) filter (where handed_to_guide),
                       count(*) filter (where feedback = 'HELPFUL'),
                       count(*) filter (where feedback = 'NOT_HELPFUL')
                from question_log
                where asked_at >= ? and (cast(? as varchar) is null or city = ?)
                group by 1 order by 1""",
                (rs, i) -> new Week(rs.getObject(1, LocalDate.class), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5),
                        rs.getInt(6), rs.getInt(7), rs.getInt(8)),
                zone.getId(), Timestamp.from(since), city, city);
    }

    /** Questions per detected language since {@code since}, most first; unknown as {@code ""}. */
    public Map<String, Integer> languages(Instant since, String city) {
        return counts("""
                select coalesce(detected_lang, ''), count(*) from question_log
                where asked_at >= ? and (cast(? as varchar) is null or city = ?)
                group by 1 order by 2 desc, 1""", since, city);
    }

    /** Directly answered questions per answering entry since {@code since}, most first. */
    public Map<String, Integer> answeredEntries(Instant since, String city) {
        return counts("""
                select top_entry_keys[1], count(*) from question_log
                where asked_at >= ? and (cast(? as varchar) is null or city = ?)
                  and decision = 'ANSWER' and cardinality(top_entry_keys) > 0
                group by 1 order by 2 desc, 1""", since, city);
    }

    private Map<String, Integer> counts(String sql, Instant since, String city) {
        Map<String, Integer> out = new LinkedHashMap<>();
        jdbc.query(sql, (ResultSet rs) -> {
            out.put(rs.getString(1), rs.getInt(2));
        }, Timestamp.from(since), city, city);
        return out;
    }

    private static GapQuestion gapQuestion(ResultSet rs, int row) throws SQLException {
        return new GapQuestion(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getDouble(7), strings(rs.getArray(8)),
                rs.getString(9) == null ? null : Feedback.valueOf(rs.getString(9)), rs.getString(10), rs.getBoolean(11), rs.getString(12));
    }

    private static List<String> strings(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        return new ArrayList<>(Arrays.asList((String[]) array.getArray()));
    }
}
