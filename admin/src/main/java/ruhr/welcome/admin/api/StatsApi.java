package ruhr.welcome.admin.api;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Figures from the question log: nothing about who asked, only counts. */
@RestController
@Tag(name = "stats", description = "What was asked and what became of it")
class StatsApi {

    static final ZoneId REGION_TIME = ZoneId.of("Europe/Berlin");
    static final int MAX_WEEKS = 104;

    /**
     * One calendar week (Monday to Sunday, German time).
     *
     * @param answered      the bot answered directly
     * @param clarified     the bot asked back, offering one to three entries to choose from
     * @param chosen        of those, the asker tapped one of the offered entries
     * @param notFound      the bot had nothing fitting
     * @param handedToGuide questions that were passed on to a Welcome Guide (any decision)
     */
    record Week(String week, LocalDate start, long questions, long answered, long clarified, long chosen,
                long notFound, long handedToGuide) {
    }

    /** @param lang the detected language of the questions; {@code unknown} when none was detected */
    record LanguageCount(String lang, long questions) {
    }

    record Stats(LocalDate from, LocalDate to, List<Week> weeks, List<LanguageCount> languages) {
    }

    private final JdbcTemplate jdbc;

    StatsApi(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @GetMapping(ApiSecurity.BASE + "/stats")
    @Operation(summary = "Questions per week by decision, and their languages",
            description = "The last `weeks` calendar weeks including the current one, empty weeks included.")
    Stats stats(@Parameter(description = "how many weeks, 1 to 104") @RequestParam(defaultValue = "12") int weeks) {
        if (weeks < 1 || weeks > MAX_WEEKS) {
            throw ApiErrors.InvalidInput.field("weeks", "must be between 1 and " + MAX_WEEKS);
        }
        LocalDate thisMonday = LocalDate.now(REGION_TIME).with(java.time.DayOfWeek.MONDAY);
        LocalDate from = thisMonday.minusWeeks(weeks - 1L);
        LocalDate to = thisMonday.plusDays(6);
        var rows = jdbc.query("""
                select w.start::date as start,
                       count(q.id) as questions,
                       count(q.id) filter (where q.decision = 'ANSWER') as answered,
                       count(q.id) filter (where q.decision = 'CLARIFY') as clarified,
                       count(q.id) filter (where q.decision = 'CLARIFY' and q.chosen_entry_key is not null) as chosen,
                       count(q.id) filter (where q.decision = 'NONE') as not_found,
                       count(q.id) filter (where q.handed_to_guide) as handed
                from generate_series(?::date, ?::date, interval '1 week') as w(start)
                left join question_log q
                       on (q.asked_at at time zone 'Europe/Berlin') >= w.start
                      and (q.asked_at at time zone 'Europe/Berlin') < w.start + interval '1 week'
                group by w.start order by w.start""",
                (rs, i) -> {
                    LocalDate start = rs.getObject("start", LocalDate.class);
                    return new Week(isoWeek(start), start, rs.getLong("questions"), rs.getLong("answered"),
                            rs.getLong("clarified"), rs.getLong("chosen"), rs.getLong("not_found"), rs.getLong("handed"));
                }, from, thisMonday);
        var languages = jdbc.query("""
                select coalesce(detected_lang, 'unknown') as lang, count(*) as questions from question_log
                where (asked_at at time zone 'Europe/Berlin') >= ?::date
                group by 1 order by 2 desc, 1""",
                (rs, i) -> new LanguageCount(rs.getString("lang"), rs.getLong("questions")), from);
        return new Stats(from, to, rows, languages);
    }

    static String isoWeek(LocalDate monday) {
        return String.format("%d-W%02d", monday.get(IsoFields.WEEK_BASED_YEAR), monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }
}
