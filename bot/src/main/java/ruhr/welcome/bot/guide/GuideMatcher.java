package ruhr.welcome.bot.guide;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

import ruhr.welcome.bot.handoff.HandoffEvents.UsualTime;

/**
 * Finds the guides who can take a request now: they speak one of the newcomer's languages, cover
 * the newcomer's city (or the whole region), are not paused, are inside an availability window and
 * under their limit of open chats. Best first: covering the topic, fewest open chats, longest since
 * their last assignment. One indexed query, so it stays fast with thousands of guides.
 */
@Service
public class GuideMatcher {

    /** Availability windows are entered and kept in the region's local time. */
    static final ZoneId RUHR = ZoneId.of("Europe/Berlin");

    /** Active, not deactivated, set up, speaks one of the languages, covers the city or the region (3 parameters). */
    private static final String SPEAKS_AND_COVERS = """
            g.active and g.deactivated_at is null and g.setup_step = 'READY' and g.languages && cast(? as text[])
              and (cast(? as text) is null or cardinality(g.cities) = 0 or cast(? as text) = any(g.cities))""";

    private static final String MATCH = """
            select g.id
            from guide g
            cross join lateral (select count(*) as open from handoff h
                                where h.guide_id = g.id and h.state = 'CONNECTED') load
            where not g.paused and %s
              and not (g.id = any(cast(? as bigint[])))
              and load.open < g.max_open_chats
              and exists (select 1 from guide_availability a
                          where a.guide_id = g.id and a.day_of_week = ? and a.start_time <= ? and ? < a.end_time)
            order by coalesce(cast(? as text) = any(g.topics), false) desc, load.open, g.last_assigned_at nulls first, g.id
            limit ?""".formatted(SPEAKS_AND_COVERS);

    private static final String USUAL_TIMES = """
            select distinct a.day_of_week, a.start_time, a.end_time
            from guide g join guide_availability a on a.guide_id = g.id
            where %s
            order by a.day_of_week, a.start_time limit 6""".formatted(SPEAKS_AND_COVERS);

    private final JdbcTemplate jdbc;

    GuideMatcher(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** When guides for these languages and this city are usually there, from their weekly windows. */
    public List<UsualTime> usualTimes(List<String> languages, String city) {
        return jdbc.query(USUAL_TIMES,
                (rs, i) -> new UsualTime(rs.getInt(1), rs.getObject(2, LocalTime.class), rs.getObject(3, LocalTime.class)),
                languages.toArray(String[]::new), city, city);
    }

    /** The best {@code limit} guides for the request, leaving out those in {@code exclude} (already offered). */
    public List<Long> best(MatchRequest request, int limit, Collection<Long> exclude) {
        LocalDateTime local = LocalDateTime.ofInstant(request.at(), RUHR);
        var time = java.sql.Time.valueOf(local.toLocalTime().withNano(0));
        String[] languages = request.languages().toArray(String[]::new);
        Long[] excluded = exclude.toArray(Long[]::new);
        return jdbc.query(MATCH, (rs, i) -> rs.getLong(1), languages, request.city(), request.city(), excluded,
                local.getDayOfWeek().getValue(), time, time, request.topic(), limit);
    }
}
