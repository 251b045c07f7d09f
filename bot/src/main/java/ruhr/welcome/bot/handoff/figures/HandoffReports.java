package ruhr.welcome.bot.handoff.figures;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The figures of the handoff for coordinators (and the dashboard): requests, how many reached a
 * guide, the median time to pickup, closed chats and ratings, by month, ISO week, language or city.
 * Read from the anonymous ledger, so they stay the same after conversations are deleted.
 */
@Service
public class HandoffReports {

    static final ZoneId RUHR = ZoneId.of("Europe/Berlin");

    private static final String FIGURES = """
            select %s as grp, count(*), count(accepted_at),
                   percentile_cont(0.5) within group (order by extract(epoch from accepted_at - requested_at))
                       filter (where accepted_at is not null),
                   percentile_cont(0.9) within group (order by extract(epoch from accepted_at - requested_at))
                       filter (where accepted_at is not null),
                   count(closed_at), count(rating), avg(rating)
            from handoff_figure
            where requested_at >= ? and requested_at < ?
              and (cast(? as text) is null or lang = ?)
              and (cast(? as text) is null or coalesce(city, 'region') = ?)
            group by grp
            order by %s""";

    private final JdbcTemplate jdbc;

    HandoffReports(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * One row per group. Months and weeks come in order, including those without requests; languages
     * and cities come with the most requests first and only when they had any.
     */
    @Transactional(readOnly = true)
    public List<HandoffFigure> figures(Breakdown by, FigureFilter filter) {
        String group = switch (by) {
            case MONTH -> "to_char(requested_at at time zone 'Europe/Berlin', 'YYYY-MM')";
            case WEEK -> "to_char(requested_at at time zone 'Europe/Berlin', 'IYYY-\"W\"IW')";
            case LANGUAGE -> "lang";
            case CITY -> "coalesce(city, 'region')";
        };
        String order = by == Breakdown.MONTH || by == Breakdown.WEEK ? "grp" : "count(*) desc, grp";
        List<HandoffFigure> rows = query(FIGURES.formatted(group, order), filter);
        return switch (by) {
            case MONTH -> complete(rows, months(filter));
            case WEEK -> complete(rows, weeks(filter));
            case LANGUAGE, CITY -> rows;
        };
    }

    /** All requests of the filter together. */
    @Transactional(readOnly = true)
    public HandoffFigure total(FigureFilter filter) {
        List<HandoffFigure> rows = query(FIGURES.formatted("'" + HandoffFigure.TOTAL + "'", "grp"), filter);
        return rows.isEmpty() ? HandoffFigure.empty(HandoffFigure.TOTAL) : rows.getFirst();
    }

    private List<HandoffFigure> query(String sql, FigureFilter filter) {
        return jdbc.query(sql, (rs, i) -> {
                    double average = rs.getDouble(8);
                    boolean anyRating = !rs.wasNull();
                    return new HandoffFigure(rs.getString(1), rs.getLong(2), rs.getLong(3), seconds(rs, 4), seconds(rs, 5),
                            rs.getLong(6), rs.getLong(7), anyRating ? Math.round(average * 100) / 100.0 : null);
                },
                Timestamp.from(filter.from().atStartOfDay(RUHR).toInstant()),
                Timestamp.from(filter.until().atStartOfDay(RUHR).toInstant()),
                filter.lang(), filter.lang(), filter.city(), filter.city());
    }

    private static Duration seconds(java.sql.ResultSet rs, int column) throws java.sql.SQLException {
        double seconds = rs.getDouble(column);
        return rs.wasNull() ? null : Duration.ofMillis(Math.round(seconds * 1000));
    }

    /** The Monday an ISO week key ({@code 2026-W47}) starts on. */
    public static LocalDate weekStart(String week) {
        String[] parts = week.split("-W");
        return LocalDate.of(Integer.parseInt(parts[0]), 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(parts[1]))
                .with(TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
    }

    private static List<HandoffFigure> complete(List<HandoffFigure> rows, List<String> groups) {
        Map<String, HandoffFigure> found = new LinkedHashMap<>();
        rows.forEach(row -> found.put(row.group(), row));
        return groups.stream().map(g -> found.getOrDefault(g, HandoffFigure.empty(g))).toList();
    }

    /** {@code 2026-10}, {@code 2026-11}, ... for every month the period touches. */
    static List<String> months(FigureFilter filter) {
        var groups = new ArrayList<String>();
        for (LocalDate month = filter.from().withDayOfMonth(1); month.isBefore(filter.until()); month = month.plusMonths(1)) {
            groups.add("%04d-%02d".formatted(month.getYear(), month.getMonthValue()));
        }
        return groups;
    }

    /** {@code 2026-W47}, ... for every ISO week the period touches. */
    static List<String> weeks(FigureFilter filter) {
        var groups = new ArrayList<String>();
        for (LocalDate monday = filter.from().with(TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
             monday.isBefore(filter.until()); monday = monday.plusWeeks(1)) {
            groups.add("%04d-W%02d".formatted(monday.get(IsoFields.WEEK_BASED_YEAR), monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)));
        }
        return groups;
    }
}
