package ruhr.welcome.bot.guide;

import java.io.PrintStream;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import ruhr.welcome.knowledge.faq.City;
import ruhr.welcome.knowledge.faq.Topic;

/**
 * {@code java -jar welcome-bot.jar bench-matching}: seeds a throw-away database with 10,000 guides
 * (languages, cities, topics, weekly windows, limits, some paused, open chats) and 1,000 waiting
 * requests, then times one match per waiting request with the production query.
 */
@Component
public class MatchingBenchmark {

    private static final List<String> LANGUAGES = List.of("de", "en", "tr", "ar", "ru", "uk", "pl", "ro", "bg", "el",
            "it", "es", "fr", "fa", "zh", "vi", "hi", "sq", "hr", "sr", "bs", "pt", "nl", "ku");
    /** Newcomers' languages are skewed towards the region's largest communities. */
    private static final List<String> ASKED = List.of("ar", "ar", "ar", "uk", "uk", "uk", "tr", "tr", "ru", "ru", "fa",
            "fa", "en", "en", "ro", "bg", "pl", "ku", "sq", "es", "fr", "it", "vi", "zh");

    private final JdbcTemplate jdbc;
    private final GuideMatcher matcher;

    MatchingBenchmark(JdbcTemplate jdbc, GuideMatcher matcher) {
        this.jdbc = jdbc;
        this.matcher = matcher;
    }

    public void run(int guides, int waiting, PrintStream out) {
        var random = new Random(20261121);
        List<String> cities = Arrays.stream(City.values()).map(City::id).toList();
        List<String> topics = Arrays.stream(Topic.values()).map(Topic::id).toList();
        seedGuides(guides, random, cities, topics);
        List<MatchRequest> requests = seedRequests(waiting, guides, random, cities, topics);
        jdbc.execute("analyze");

        for (int i = 0; i < 200; i++) { // warm-up: JIT and the database's caches
            matcher.best(requests.get(i % requests.size()), 3, Set.of());
        }
        long[] nanos = new long[requests.size()];
        int found = 0;
        for (int i = 0; i < requests.size(); i++) {
            long start = System.nanoTime();
            found += matcher.best(requests.get(i), 3, Set.of()).isEmpty() ? 0 : 1;
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        out.printf("matching guides=%d waiting=%d matches=%d found_rate=%.3f p50_ms=%.2f p99_ms=%.2f max_ms=%.2f%n",
                guides, waiting, nanos.length, (double) found / nanos.length, ms(nanos[nanos.length / 2]),
                ms(nanos[(int) Math.ceil(nanos.length * 0.99) - 1]), ms(nanos[nanos.length - 1]));
    }

    private void seedGuides(int count, Random random, List<String> cities, List<String> topics) {
        var rows = new ArrayList<Object[]>();
        for (int i = 0; i < count; i++) {
            String[] languages = distinct(random, LANGUAGES, 1 + random.nextInt(3), "de");
            String[] guideCities = random.nextInt(3) == 0 ? new String[0] : distinct(random, cities, 1 + random.nextInt(2), null);
            rows.add(new Object[] {"Guide " + i, languages, guideCities, distinct(random, topics, 1 + random.nextInt(4), null),
                    1 + random.nextInt(3), random.nextInt(20) == 0, random.nextInt(1000)});
        }
        jdbc.batchUpdate("""
                insert into guide (display_name, languages, cities, topics, max_open_chats, paused, setup_step, last_assigned_at)
                values (?, cast(? as text[]), cast(? as text[]), cast(? as text[]), ?, ?, 'READY', now() - ? * interval '1 minute')""", rows);
        jdbc.update("""
                insert into guide_availability (guide_id, day_of_week, start_time, end_time)
                select g.id, d.day, make_time(8 + ((g.id * 7 + d.day * 3) % 12)::int, 0, 0),
                       make_time(10 + ((g.id * 7 + d.day * 3) % 12)::int, 0, 0)
                from guide g cross join generate_series(1, 7) d(day)
                where (g.id + d.day) % 3 = 0""");
    }

    private List<MatchRequest> seedRequests(int count, int guides, Random random, List<String> cities, List<String> topics) {
        var requests = new ArrayList<MatchRequest>();
        var conversations = new ArrayList<Object[]>();
        for (int i = 0; i < count * 4; i++) {
            conversations.add(new Object[] {"bench-" + i, i, "bench-asker-" + i});
        }
        jdbc.batchUpdate("""
                insert into conversation (channel, external_id, pseudonym, state, asker_ref) values ('WEB', ?, ?, 'ACTIVE', ?)""",
                conversations);
        // three open chats for every waiting request, spread over the guides
        jdbc.update("""
                insert into handoff (conversation_id, state, lang, guide_id, accepted_at)
                select c.id, 'CONNECTED', 'ar', (select min(id) from guide) + (c.id * 7919) % ?, now()
                from conversation c where c.external_id like 'bench-%' and c.pseudonym >= ?""", guides, count);
        LocalDateTime monday = LocalDateTime.of(2026, 11, 23, 8, 0);
        for (int i = 0; i < count; i++) {
            String lang = ASKED.get(random.nextInt(ASKED.size()));
            String city = random.nextInt(4) == 0 ? null : cities.get(random.nextInt(cities.size()));
            String topic = topics.get(random.nextInt(topics.size()));
            Instant at = monday.plusDays(random.nextInt(7)).plusMinutes(random.nextInt(14 * 60))
                    .atZone(GuideMatcher.RUHR).toInstant();
            requests.add(new MatchRequest(random.nextInt(4) == 0 ? List.of(lang, "en") : List.of(lang), city, topic, at));
            jdbc.update("""
                    insert into handoff (conversation_id, state, lang, city, topic)
                    select id, 'WAITING', ?, ?, ? from conversation where external_id = ?""", lang, city, topic, "bench-" + i);
        }
        return requests;
    }

    private static String[] distinct(Random random, List<String> from, int n, String always) {
        var chosen = new java.util.LinkedHashSet<String>();
        if (always != null) {
            chosen.add(always);
        }
        while (chosen.size() < n + (always == null ? 0 : 1)) {
            chosen.add(from.get(random.nextInt(from.size())));
        }
        return chosen.toArray(String[]::new);
    }

    private static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }
}
