package ruhr.welcome.bot.guide;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** Who may take a request, and in which order, on the real database. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class GuideMatcherTest {

    /** A Monday, 19:00 in the Ruhr. */
    private static final java.time.Instant MONDAY_EVENING =
            LocalDateTime.of(2026, 11, 23, 19, 0).atZone(ZoneId.of("Europe/Berlin")).toInstant();

    @Autowired
    GuideMatcher matcher;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void noGuides() {
        jdbc.update("delete from handoff_offer");
        jdbc.update("update handoff set guide_id = null");
        jdbc.update("delete from guide");
    }

    private long guide(String name, String languages, String cities, String topics, int max, String extra) {
        Long id = jdbc.queryForObject("""
                insert into guide (display_name, languages, cities, topics, max_open_chats, setup_step)
                values (?, string_to_array(?, ','), string_to_array(?, ','), string_to_array(?, ','), ?, 'READY') returning id""",
                Long.class, name, languages, cities, topics, max);
        // Monday 18:00-21:00 unless a test sets other windows
        jdbc.update("insert into guide_availability (guide_id, day_of_week, start_time, end_time) values (?, 1, '18:00', '21:00')", id);
        if (!extra.isEmpty()) {
            jdbc.update("update guide set " + extra + " where id = ?", id);
        }
        return id;
    }

    private List<Long> match(List<String> languages, String city, String topic) {
        return matcher.best(new MatchRequest(languages, city, topic, MONDAY_EVENING), 3, Set.of());
    }

    @Test
    void speaksTheLanguageOrOneTheNewcomerAlsoSpeaks() {
        long arabic = guide("Amal", "ar,de", "", "", 2, "");
        long english = guide("Ben", "en,de", "", "", 2, "");
        assertThat(match(List.of("ar"), null, null)).containsExactly(arabic);
        assertThat(match(List.of("fa", "en"), null, null)).containsExactly(english);
        assertThat(match(List.of("uk"), null, null)).isEmpty();
    }

    @Test
    void coversTheCityOrTheWholeRegion() {
        long essen = guide("Ece", "tr", "essen", "", 2, "");
        long region = guide("Rana", "tr", "", "", 2, "");
        guide("Dora", "tr", "dortmund", "", 2, "");
        assertThat(match(List.of("tr"), "essen", null)).containsExactlyInAnyOrder(essen, region);
        assertThat(match(List.of("tr"), null, null)).hasSize(3);
    }

    @Test
    void pausedInactiveUnfinishedOutsideTheirWindowOrFullGuidesAreNotAsked() {
        guide("Paused", "ru", "", "", 2, "paused = true");
        guide("Left", "ru", "", "", 2, "active = false");
        guide("New", "ru", "", "", 2, "setup_step = 'AVAILABILITY'");
        long later = guide("Later", "ru", "", "", 2, "");
        jdbc.update("update guide_availability set start_time = '20:00' where guide_id = ?", later);
        long full = guide("Full", "ru", "", "", 1, "");
        long conversation = jdbc.queryForObject("""
                insert into conversation (channel, external_id, pseudonym, state, asker_ref) values ('WEB', 'matcher-full', 1, 'ACTIVE', 'matcher-asker')
                on conflict (channel, external_id) do update set state = 'ACTIVE' returning id""", Long.class);
        jdbc.update("insert into handoff (conversation_id, state, lang, guide_id) values (?, 'CONNECTED', 'ru', ?)", conversation, full);
        assertThat(match(List.of("ru"), null, null)).isEmpty();
        jdbc.update("delete from handoff where guide_id = ?", full);
        assertThat(match(List.of("ru"), null, null)).containsExactly(full);
    }

    @Test
    void topicFitThenFewestOpenChatsThenLongestWaitingRankFirst() {
        long housing = guide("Housing", "pl", "", "housing", 3, "last_assigned_at = now()");
        long idleLong = guide("Idle long", "pl", "", "", 3, "last_assigned_at = now() - interval '3 days'");
        long idleShort = guide("Idle short", "pl", "", "", 3, "last_assigned_at = now() - interval '1 hour'");
        long never = guide("Never", "pl", "", "", 3, "");
        assertThat(match(List.of("pl"), null, "housing")).containsExactly(housing, never, idleLong);
        assertThat(matcher.best(new MatchRequest(List.of("pl"), null, "housing", MONDAY_EVENING), 3, Set.of(housing, never)))
                .containsExactly(idleLong, idleShort);
    }
}
