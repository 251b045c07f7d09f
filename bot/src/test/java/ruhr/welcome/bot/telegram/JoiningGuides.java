package ruhr.welcome.bot.telegram;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

import ruhr.welcome.bot.guide.GuideInvites;
import ruhr.welcome.bot.telegram.FakeBotApi.Updates;
import static ruhr.welcome.bot.telegram.FakeBotApi.to;

/**
 * Welcome Guides join through the bot as they would for real (a coordinator's invitation, their
 * name, languages, city, topic, times, chats at once) and are then made available around the
 * clock, so a test does not depend on the hour it runs.
 */
final class JoiningGuides {

    private final FakeBotApi api;
    private final GuideInvites invites;
    private final JdbcTemplate jdbc;
    private final Duration wait;

    JoiningGuides(FakeBotApi api, GuideInvites invites, JdbcTemplate jdbc, Duration wait) {
        this.api = api;
        this.invites = invites;
        this.jdbc = jdbc;
        this.wait = wait;
    }

    /** Joins unless a guide with this Telegram account exists already (tests of one class share the database). */
    void joinIfNeeded(long user, String name, String language, String city, String topic) throws Exception {
        Integer known = jdbc.queryForObject("select count(*) from guide where telegram_user_id = ?", Integer.class, user);
        if (known == 0) {
            join(user, name, language, city, topic);
        }
    }

    /** A guide speaking German and {@code language}, for {@code city}; {@code topic} may be null for none. */
    void join(long user, String name, String language, String city, String topic) throws Exception {
        var invite = invites.create("coordinator", Duration.ofDays(7));
        api.offer(Updates.text(user, "de", "/start " + invite.startPayload()));
        api.await(to(user).and(c -> c.text().contains("Welchen Namen")), 1, wait);
        api.offer(Updates.text(user, "de", name));
        api.await(to(user).and(c -> c.text().contains("Sprachen")), 1, wait);
        var steps = new ArrayList<>(List.of("gd:l:" + language, "gd:l:de", "gd:ok", "gd:c:" + city, "gd:ok"));
        if (topic != null) {
            steps.add("gd:t:" + topic);
        }
        steps.addAll(List.of("gd:ok", "gd:w:1:2", "gd:ok", "gd:n:2"));
        for (String data : steps) {
            api.offer(Updates.callback(user, data));
        }
        api.await(to(user).and(c -> c.text().contains("Ihr Profil ist fertig")), 1, wait);
        jdbc.update("delete from guide_availability where guide_id = (select id from guide where telegram_user_id = ?)", user);
        jdbc.update("""
                insert into guide_availability (guide_id, day_of_week, start_time, end_time)
                select g.id, d, '00:00', '23:59:59' from guide g cross join generate_series(1, 7) d where g.telegram_user_id = ?""",
                user);
    }
}
