package ruhr.welcome.admin.gaps;

import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import ruhr.welcome.admin.security.Role;
import ruhr.welcome.admin.security.StaffPrincipal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The inbox page and its actions: roles, CSRF, city scope, escaping, and what each action changes. */
@SpringBootTest
@AutoConfigureMockMvc
class GapsPageTest {

    private static final StaffPrincipal EDITOR = GapFixtures.staff(Role.EDITOR, null);
    private static final StaffPrincipal ESSEN = GapFixtures.staff(Role.EDITOR, "essen");
    private static final StaffPrincipal ADMIN = GapFixtures.staff(Role.ADMIN, null);
    private static final StaffPrincipal COORDINATOR = GapFixtures.staff(Role.COORDINATOR, null);
    private static final Duration HOUR = Duration.ofHours(1);

    @Autowired
    MockMvc mvc;
    @Autowired
    GapFixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RecordingAlternatePhrasings alternates;

    @BeforeEach
    void emptyLog() {
        fixtures.clear();
        alternates.calls.clear();
    }

    @Test
    void editorsSeeGroupsWithCountsLinksAndNoChatIds() throws Exception {
        fixtures.ask("Wie beantrage ich Bürgergeld?", "de", null, HOUR);
        fixtures.ask("How do I apply for Bürgergeld?", "en", null, HOUR.multipliedBy(2));
        String asker = jdbc.queryForObject("select asker from question_log limit 1", String.class);

        mvc.perform(get("/admin/gaps").with(user(EDITOR)).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("2 open questions and proposals in 1 group."),
                        containsString("How do I apply for Bürgergeld?"),
                        containsString("de 1"), containsString("en 1"),
                        containsString("/admin/faq/new?lang=de&amp;question=Wie%20beantrage%20ich%20B%C3%BCrgergeld?"),
                        containsString("href=\"/admin/gaps\""),
                        not(containsString(asker)))));
        mvc.perform(get("/admin/gaps").with(user(ADMIN)).header("Accept-Language", "de"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Lücken im FAQ")));
    }

    @Test
    void theEntryTheAskerPickedIsNamedAndPrefilledForTheirWording() throws Exception {
        long id = fixtures.askedBackAndChosen("my permit runs out, what now", "en",
                java.util.List.of("residence-blue-card", "residence-extend-permit"), "residence-extend-permit", HOUR);

        mvc.perform(get("/admin/gaps").with(user(EDITOR)).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("asked back, entry chosen"),
                        // the add-as-phrasing form of that question starts with the entry the asker picked
                        org.hamcrest.Matchers.matchesPattern(java.util.regex.Pattern.compile(
                                "(?s).*id=\"entry-q" + id + "\"[^>]*value=\"residence-extend-permit\".*")))));
    }

    @Test
    void coordinatorsAndStrangersCannotOpenOrChangeIt() throws Exception {
        long id = fixtures.ask("Darf ich meinen Hund mitbringen?", "de", null, HOUR);
        mvc.perform(get("/admin/gaps").with(user(COORDINATOR))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/gaps/dismiss").param("items", "q" + id).with(user(COORDINATOR)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/gaps")).andExpect(redirectedUrl("/admin/login"));
        mvc.perform(post("/admin/gaps/dismiss").param("items", "q" + id).with(csrf())).andExpect(redirectedUrl("/admin/login"));
        assertThat(jdbc.queryForObject("select count(*) from gap_resolution", Integer.class)).isZero();
    }

    @Test
    void dismissingNeedsACsrfTokenThenTakesTheGroupOutAndIsAudited() throws Exception {
        long id = fixtures.ask("Darf ich meinen Hund mitbringen?", "de", null, HOUR);
        mvc.perform(post("/admin/gaps/dismiss").param("items", "q" + id).with(user(EDITOR)))
                .andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("select count(*) from gap_resolution", Integer.class)).isZero();

        mvc.perform(post("/admin/gaps/dismiss").param("items", "q" + id).with(user(EDITOR)).with(csrf()))
                .andExpect(redirectedUrl("/admin/gaps"))
                .andExpect(flash().attribute("notice", "dismissed"));
        assertThat(jdbc.queryForObject("select outcome from gap_resolution where question_id = ?", String.class, id))
                .isEqualTo("DISMISSED");
        assertThat(jdbc.queryForObject("select count(*) from audit_log where action = 'gaps.dismiss' and subject = ?",
                Integer.class, "gaps:q" + id)).isEqualTo(1);
        mvc.perform(get("/admin/gaps").with(user(EDITOR)).header("Accept-Language", "en"))
                .andExpect(content().string(not(containsString("Hund"))));

        mvc.perform(post("/admin/gaps/dismiss").param("items", "x1").with(user(EDITOR)).with(csrf()))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/admin/gaps/dismiss").with(user(EDITOR)).with(csrf())).andExpect(status().isBadRequest());
    }

    @Test
    void aCityEditorNeitherSeesNorChangesAnotherCitysQuestions() throws Exception {
        long dortmund = fixtures.ask("Kinderarzt am Wochenende in Dortmund gesucht", "de", "dortmund", HOUR);
        fixtures.ask("Wo finde ich einen Kinderarzt?", "de", "essen", HOUR);

        mvc.perform(get("/admin/gaps").with(user(ESSEN)).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Wo finde ich einen Kinderarzt?"),
                        not(containsString("Wochenende")), containsString("You see the questions from essen"))));
        mvc.perform(post("/admin/gaps/dismiss").param("items", "q" + dortmund).with(user(ESSEN)).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/admin/gaps/alternate").param("item", "q" + dortmund).param("entry", "residence-blue-card")
                        .param("lang", "de").param("text", "Kinderarzt").with(user(ESSEN)).with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(jdbc.queryForObject("select count(*) from gap_resolution", Integer.class)).isZero();
        assertThat(alternates.calls).isEmpty();
    }

    @Test
    void aQuestionBecomesAnAlternatePhrasingOfAnEntryAndLeavesTheInbox() throws Exception {
        long id = fixtures.answeredButNotHelpful("Blaue Karte wie viele Jahre gültig?", "de", "residence-blue-card", HOUR);
        mvc.perform(post("/admin/gaps/alternate").param("item", "q" + id).param("entry", "residence-blue-card")
                        .param("lang", "de").param("text", " Wie viele Jahre gilt die Blaue Karte? ").with(user(EDITOR)))
                .andExpect(status().isForbidden());

        mvc.perform(post("/admin/gaps/alternate").param("item", "q" + id).param("entry", "residence-blue-card")
                        .param("lang", "de").param("text", " Wie viele Jahre gilt die Blaue Karte? ").with(user(EDITOR)).with(csrf()))
                .andExpect(redirectedUrl("/admin/gaps"))
                .andExpect(flash().attribute("notice", "alternate-added"));
        assertThat(alternates.calls).containsExactly(new RecordingAlternatePhrasings.Call("residence-blue-card", "de",
                "Wie viele Jahre gilt die Blaue Karte?", EDITOR.username()));
        assertThat(jdbc.queryForObject("select outcome from gap_resolution where question_id = ?", String.class, id))
                .isEqualTo("ALTERNATE");
        mvc.perform(get("/admin/gaps").with(user(EDITOR))).andExpect(content().string(not(containsString("wie viele Jahre"))));
    }

    @Test
    void refusedPhrasingsAreExplainedAndChangeNothing() throws Exception {
        long id = fixtures.ask("Darf ich meinen Hund mitbringen?", "de", null, HOUR);
        mvc.perform(post("/admin/gaps/alternate").param("item", "q" + id).param("entry", "no-such-entry")
                        .param("lang", "de").param("text", "Hund").with(user(EDITOR)).with(csrf()))
                .andExpect(flash().attribute("notice", "unknown-entry"));
        mvc.perform(post("/admin/gaps/alternate").param("item", "q" + id).param("entry", "everyday-driving-licence")
                        .param("lang", "de").param("text", "refuse me").with(user(EDITOR)).with(csrf()))
                .andExpect(flash().attribute("notice", "alternate-refused"))
                .andExpect(flash().attribute("reason", "already a phrasing of this entry"));
        mvc.perform(post("/admin/gaps/alternate").param("item", "q" + id).param("entry", "everyday-driving-licence")
                        .param("lang", "de").param("text", "   ").with(user(EDITOR)).with(csrf()))
                .andExpect(flash().attribute("notice", "bad-text"));
        mvc.perform(post("/admin/gaps/alternate").param("item", "q" + id).param("entry", "everyday-driving-licence")
                        .param("lang", "xx").param("text", "Hund").with(user(EDITOR)).with(csrf()))
                .andExpect(status().isBadRequest());
        assertThat(jdbc.queryForObject("select count(*) from gap_resolution", Integer.class)).isZero();
        assertThat(alternates.calls).isEmpty();
    }

    @Test
    void aCityEditorCannotAddToAnotherCitysEntry() throws Exception {
        long id = fixtures.ask("Ausländerbehörde Dortmund Termin?", "de", null, HOUR);
        mvc.perform(post("/admin/gaps/alternate").param("item", "q" + id).param("entry", "dortmund-immigration-office")
                        .param("lang", "de").param("text", "Termin Ausländerbehörde").with(user(ESSEN)).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(alternates.calls).isEmpty();
    }

    @Test
    void hostileHtmlInLoggedQuestionsAndProposalsIsShownAsText() throws Exception {
        fixtures.ask("<script>alert('gap')</script><img src=x onerror=alert(1)> Bürgergeld?", "de", null, HOUR);
        fixtures.propose("de", "<b onclick=\"x()\">Bürgergeld</b> beantragen", "<iframe src=//evil></iframe>", null);

        mvc.perform(get("/admin/gaps").with(user(EDITOR)).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("&lt;script&gt;alert(&#39;gap&#39;)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;"),
                        containsString("&lt;b onclick=&quot;x()&quot;&gt;Bürgergeld&lt;/b&gt;"),
                        containsString("&lt;iframe src=//evil&gt;&lt;/iframe&gt;"),
                        not(containsString("<script>alert")), not(containsString("<img src=x")),
                        not(containsString("<b onclick")), not(containsString("<iframe")))));
    }
}
