package ruhr.welcome.bot.guide;

import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import ruhr.welcome.bot.handoff.Handoff;
import ruhr.welcome.bot.handoff.HandoffDesk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What deactivating and editing a guide does to matching and to their chats, on the real database. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class GuideRosterTest {

    @Autowired
    GuideRoster roster;
    @Autowired
    GuideMatcher matcher;
    @Autowired
    HandoffDesk desk;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate tx;

    private long guide(String name, String lang) {
        Long id = jdbc.queryForObject("insert into guide (display_name, languages, setup_step) values (?, ?, 'READY') returning id",
                Long.class, name, new String[] {lang});
        jdbc.update("""
                insert into guide_availability (guide_id, day_of_week, start_time, end_time)
                select ?, d, '00:00', '23:59:59' from generate_series(1, 7) d""", id);
        return id;
    }

    private long waitingRequest(String key, String lang) {
        long conversation = jdbc.queryForObject("""
                insert into conversation (channel, external_id, pseudonym, state, lang, asker_ref)
                values ('WEB', ?, 6000, 'ACTIVE', ?, ?) returning id""", Long.class, key, lang, key + "-asker");
        return tx.execute(s -> {
            Handoff h = desk.request(conversation, lang, null, null, null);
            desk.consent(h, true);
            desk.note(h, null);
            return h.getId();
        });
    }

    private List<Long> eligible(String lang) {
        return matcher.best(new MatchRequest(List.of(lang), null, null, Instant.now()), 10, Set.of());
    }

    @Test
    void aDeactivatedGuideGetsNoOffersCannotAcceptAndTheirChatsGoBackToTheQueue() {
        long amal = guide("Amal", "hi");
        long boris = guide("Boris", "hi");
        long chat = waitingRequest("roster-chat", "hi");
        long offered = waitingRequest("roster-offered", "hi");
        assertThat(desk.accept(chat, amal, "Amal")).isEqualTo(HandoffDesk.Claim.WON);
        jdbc.update("insert into handoff_offer (handoff_id, guide_id) values (?, ?)", offered, amal);
        Instant requested = jdbc.queryForObject("select requested_at from handoff where id = ?", java.sql.Timestamp.class, chat).toInstant();

        assertThat(roster.deactivate(amal)).isEqualTo(1);

        var released = jdbc.queryForMap("select state, guide_id, requested_at from handoff where id = ?", chat);
        assertThat(released.get("state")).isEqualTo("WAITING");
        assertThat(released.get("guide_id")).isNull();
        assertThat(((java.sql.Timestamp) released.get("requested_at")).toInstant()).as("keeps its place in the queue").isEqualTo(requested);
        assertThat(jdbc.queryForObject("select outcome from handoff_offer where handoff_id = ? and guide_id = ?", String.class,
                offered, amal)).isEqualTo("WITHDRAWN");
        assertThat(eligible("hi")).contains(boris).doesNotContain(amal);
        assertThat(matcher.usualTimes(List.of("hi"), null)).isNotEmpty();
        assertThat(desk.accept(offered, amal, "Amal")).as("a stale offer button").isNotEqualTo(HandoffDesk.Claim.WON);
        assertThat(jdbc.queryForObject("select state from handoff where id = ?", String.class, offered)).isEqualTo("WAITING");

        roster.reactivate(amal);
        assertThat(eligible("hi")).contains(amal, boris);
        assertThat(desk.accept(offered, amal, "Amal")).isEqualTo(HandoffDesk.Claim.WON);
    }

    @Test
    void theUsualTimesLeaveOutDeactivatedGuides() {
        long only = guide("Only", "ku");
        assertThat(matcher.usualTimes(List.of("ku"), null)).isNotEmpty();
        roster.deactivate(only);
        assertThat(matcher.usualTimes(List.of("ku"), null)).isEmpty();
        assertThatThrownBy(() -> roster.deactivate(only)).isInstanceOf(IllegalStateException.class);
        jdbc.update("update guide set active = false, telegram_user_id = null where id = ?", only);
        assertThatThrownBy(() -> roster.reactivate(only)).as("a guide who left needs a new invitation")
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anEditFollowsTheBotsRulesAndNeverOverwritesANewerChange() {
        long id = guide("Chen", "zh");
        int version = roster.view(id).orElseThrow().version();
        var windows = Set.of(new Window(2, LocalTime.of(9, 0), LocalTime.of(12, 0)));
        assertThatThrownBy(() -> roster.amend(id, version, new GuideProfile("Chen", List.of("xx"), List.of(), List.of(), windows, 2)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new GuideProfile("Chen", List.of("zh"), List.of(), List.of(),
                Set.of(new Window(2, LocalTime.of(9, 0), LocalTime.of(12, 0)), new Window(2, LocalTime.of(11, 0), LocalTime.of(13, 0))), 2))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> roster.amend(id, version, new GuideProfile("", List.of("zh"), List.of(), List.of(), windows, 2)))
                .isInstanceOf(IllegalArgumentException.class);

        var saved = roster.amend(id, version, new GuideProfile("Chen Li", List.of("zh", "en"), List.of("bochum"), List.of("study"), windows, 4));
        assertThat(saved.profile().languages()).containsExactly("zh", "en");
        assertThat(roster.view(id).orElseThrow().profile().windows()).isEqualTo(windows);
        assertThatThrownBy(() -> roster.amend(id, version, new GuideProfile("Old", List.of("zh"), List.of(), List.of(), windows, 1)))
                .isInstanceOf(GuideRoster.ChangedMeanwhile.class);
        assertThat(roster.view(id).orElseThrow().profile().displayName()).isEqualTo("Chen Li");
    }
}
