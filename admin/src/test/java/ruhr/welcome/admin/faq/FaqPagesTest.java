package ruhr.welcome.admin.faq;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import ruhr.welcome.admin.security.Role;
import ruhr.welcome.admin.security.StaffPrincipal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static ruhr.welcome.admin.faq.FaqSamples.EDITOR;
import static ruhr.welcome.admin.faq.FaqSamples.regional;

/** The FAQ pages in the browser's place: roles, city scope, CSRF, and what editors see. */
@SpringBootTest
@AutoConfigureMockMvc
class FaqPagesTest {

    static final StaffPrincipal EDITOR_USER = staff("editor.emil", Role.EDITOR, null);
    static final StaffPrincipal ESSEN_USER = staff("editor.essen", Role.EDITOR, "essen");
    static final StaffPrincipal ADMIN_USER = staff("admin.anna", Role.ADMIN, null);
    static final StaffPrincipal COORDINATOR_USER = staff("coord.clara", Role.COORDINATOR, null);

    @Autowired
    MockMvc mvc;
    @Autowired
    FaqEditing editing;
    @Autowired
    JdbcTemplate jdbc;

    static StaffPrincipal staff(String name, Role role, String city) {
        return new StaffPrincipal(1, name, "Name of " + name, role, city, "{noop}x", true, false);
    }

    private static MockHttpServletRequestBuilder en(MockHttpServletRequestBuilder request) {
        return request.header("Accept-Language", "en");
    }

    @Test
    void coordinatorsAndStrangersCannotOpenTheFaqPages() throws Exception {
        editing.create(EDITOR, regional("pages-coord", "Frage?", "Antwort."));
        for (String page : List.of("/admin/faq", "/admin/faq/new", "/admin/faq/entry/pages-coord", "/admin/faq/coverage",
                "/admin/faq/requests", "/admin/faq/transfer", "/admin/faq/transfer/export",
                "/admin/faq/entry/pages-coord/versions/1")) {
            mvc.perform(get(page).with(user(COORDINATOR_USER))).andExpect(status().isForbidden());
            mvc.perform(get(page)).andExpect(redirectedUrl("/admin/login"));
        }
        mvc.perform(post("/admin/faq/entry/pages-coord/status").param("target", "review").param("version", "0")
                .with(user(COORDINATOR_USER)).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(get("/admin").with(user(COORDINATOR_USER)))
                .andExpect(content().string(not(containsString("href=\"/admin/faq\""))));
        mvc.perform(en(get("/admin")).with(user(EDITOR_USER)))
                .andExpect(content().string(allOf(containsString("href=\"/admin/faq\""),
                        containsString("href=\"/admin/faq/coverage\""), containsString("href=\"/admin/faq/transfer\""))));
    }

    @Test
    void everyChangeNeedsACsrfToken() throws Exception {
        var entry = editing.create(EDITOR, regional("pages-csrf", "Frage?", "Antwort."));
        String v = String.valueOf(entry.version());
        var posts = List.of(
                post("/admin/faq/new").param("action", "save").param("key", "pages-csrf-new"),
                post("/admin/faq/entry/pages-csrf").param("action", "save").param("version", v),
                post("/admin/faq/entry/pages-csrf/status").param("target", "review").param("version", v),
                post("/admin/faq/entry/pages-csrf/delete").param("version", v),
                post("/admin/faq/entry/pages-csrf/current").param("lang", "en").param("version", v),
                post("/admin/faq/entry/pages-csrf/restore").param("revision", "1"),
                post("/admin/faq/requests/1/accept"),
                post("/admin/faq/requests/1/reject"),
                post("/admin/faq/transfer/apply").param("token", "x"),
                multipart("/admin/faq/transfer/preview").file(new MockMultipartFile("file", "{}".getBytes())));
        for (var request : posts) {
            mvc.perform(request.with(user(ADMIN_USER))).andExpect(status().isForbidden());
        }
        assertThat(editing.find("pages-csrf").orElseThrow().version()).isEqualTo(entry.version());
        assertThat(editing.find("pages-csrf-new")).isEmpty();
    }

    @Test
    void theListFiltersSearchesAndPages() throws Exception {
        editing.create(EDITOR, regional("pages-draft-kiosk", "Wo ist der Kioskplatz?", "Der Kioskplatz liegt am Hafen."));

        mvc.perform(en(get("/admin/faq")).with(user(EDITOR_USER)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Page 1 of"), containsString("rel=\"next\""),
                        containsString("page=2"), not(containsString("residence-blue-card")))));
        mvc.perform(en(get("/admin/faq").param("page", "99")).with(user(EDITOR_USER)))
                .andExpect(content().string(allOf(containsString("rel=\"prev\""), not(containsString("rel=\"next\"")))));
        mvc.perform(en(get("/admin/faq").param("city", "region").param("topic", "residence")).with(user(EDITOR_USER)))
                .andExpect(content().string(allOf(containsString("residence-blue-card"), not(containsString("essen-")))));
        mvc.perform(en(get("/admin/faq").param("q", "Blaue Karte EU")).with(user(EDITOR_USER)))
                .andExpect(content().string(allOf(containsString("/admin/faq/entry/residence-blue-card"),
                        containsString(">de en tr ar ru uk pl ro bg el it es fr fa zh vi hi sq hr pt nl ku<")))); // languages in the filter's order, every time
        mvc.perform(en(get("/admin/faq").param("q", "Kioskplatz")).with(user(EDITOR_USER)))
                .andExpect(content().string(allOf(containsString("pages-draft-kiosk"), containsString("1 entry<"))));
        mvc.perform(en(get("/admin/faq").param("status", "draft").param("topic", "housing")).with(user(EDITOR_USER)))
                .andExpect(content().string(allOf(containsString("pages-draft-kiosk"), not(containsString("residence-blue-card")))));
        mvc.perform(en(get("/admin/faq").param("city", "essen")).with(user(EDITOR_USER)))
                .andExpect(content().string(allOf(containsString("essen-"), not(containsString("residence-blue-card")))));
        mvc.perform(en(get("/admin/faq").param("missing", "tr").param("status", "draft")).with(user(EDITOR_USER)))
                .andExpect(content().string(containsString("pages-draft-kiosk")));
        mvc.perform(en(get("/admin/faq").param("missing", "de")).with(user(EDITOR_USER)))
                .andExpect(content().string(allOf(containsString("No entries"), not(containsString("pages-draft-kiosk")))));
        mvc.perform(en(get("/admin/faq").param("lang", "tr").param("audience", "families")).with(user(EDITOR_USER)))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("pages-draft-kiosk"))));
    }

    @Test
    void theGapsInboxLinkStartsANewEntryWithTheAskedQuestionInItsLanguage() throws Exception {
        mvc.perform(en(get("/admin/faq/new").param("lang", "tr").param("question", "Köpeğimi <b>getirebilir miyim?</b>"))
                        .with(user(EDITOR_USER)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("name=\"q.de\""), containsString("name=\"q.en\""),
                        containsString("name=\"q.tr\" value=\"Köpeğimi &lt;b&gt;getirebilir miyim?&lt;/b&gt;\""),
                        containsString("name=\"q.de\" value=\"\""))));
        mvc.perform(en(get("/admin/faq/new").param("lang", "xx").param("question", "Darf ich meinen Hund mitbringen?"))
                        .with(user(EDITOR_USER)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"q.de\" value=\"Darf ich meinen Hund mitbringen?\"")));
    }

    @Test
    void anEditorCreatesEditsPublishesAndRestoresAnEntry() throws Exception {
        mvc.perform(en(get("/admin/faq/new")).with(user(EDITOR_USER)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("name=\"q.de\""), containsString("name=\"q.en\""),
                        containsString("for=\"answer.de\""))));
        mvc.perform(post("/admin/faq/new").with(user(EDITOR_USER)).with(csrf())
                        .param("action", "save").param("key", "pages-museum-pass").param("topics", "everyday-life")
                        .param("lastReviewed", "2026-11-21").param("show", "de", "en")
                        .param("q.de", "Gibt es einen Museumspass?").param("answer.de", "Ja, die **RuhrKultur.Card**.")
                        .param("alt.de", "museum karte\n\nruhrkultur card")
                        .param("linkTitle.de", "RuhrKultur", "").param("linkUrl.de", "https://www.ruhrkulturcard.de", "")
                        .param("q.en", "").param("answer.en", ""))
                .andExpect(redirectedUrl("/admin/faq/entry/pages-museum-pass?show=de&show=en"))
                .andExpect(flash().attribute("notice", "faq.notice.created"));
        var created = editing.find("pages-museum-pass").orElseThrow();
        assertThat(created.entry().texts()).containsOnlyKeys("de");
        assertThat(created.entry().texts().get("de").alternates()).containsExactly("museum karte", "ruhrkultur card");
        assertThat(created.entry().texts().get("de").links()).hasSize(1);

        mvc.perform(en(get("/admin/faq/entry/pages-museum-pass")).with(user(EDITOR_USER)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<strong>RuhrKultur.Card</strong>"),
                        containsString("href=\"https://www.ruhrkulturcard.de\""), containsString("Ask for review"),
                        not(containsString(">Publish<")))));

        mvc.perform(post("/admin/faq/entry/pages-museum-pass").with(user(EDITOR_USER)).with(csrf())
                        .param("action", "save").param("version", String.valueOf(created.version()))
                        .param("key", "pages-museum-pass").param("topics", "everyday-life").param("lastReviewed", "2026-11-22")
                        .param("show", "de", "en")
                        .param("q.de", "Gibt es einen Museumspass?").param("answer.de", "Ja, die RuhrKultur.Card für 2026.")
                        .param("q.en", "Is there a museum pass?").param("answer.en", "Yes, the RuhrKultur.Card."))
                .andExpect(flash().attribute("notice", "faq.notice.saved"));
        var edited = editing.find("pages-museum-pass").orElseThrow();
        assertThat(edited.entry().texts()).containsOnlyKeys("de", "en");
        assertThat(edited.entry().texts().get("de").links()).as("link rows kept as submitted").isEmpty();

        // a stale form (the old version) is refused and nothing changes
        mvc.perform(en(post("/admin/faq/entry/pages-museum-pass")).with(user(EDITOR_USER)).with(csrf())
                        .param("action", "save").param("version", String.valueOf(created.version()))
                        .param("key", "pages-museum-pass").param("topics", "everyday-life").param("lastReviewed", "2026-11-22")
                        .param("show", "de").param("q.de", "Alt?").param("answer.de", "Alt."))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("changed this entry in the meantime")));

        mvc.perform(post("/admin/faq/entry/pages-museum-pass/status").with(user(EDITOR_USER)).with(csrf())
                        .param("target", "published").param("version", String.valueOf(edited.version())))
                .andExpect(flash().attribute("alert", "faq.alert.status"));
        mvc.perform(post("/admin/faq/entry/pages-museum-pass/status").with(user(EDITOR_USER)).with(csrf())
                .param("target", "review").param("version", String.valueOf(edited.version())));
        int review = editing.find("pages-museum-pass").orElseThrow().version();
        mvc.perform(post("/admin/faq/entry/pages-museum-pass/status").with(user(ADMIN_USER)).with(csrf())
                        .param("target", "published").param("version", String.valueOf(review)))
                .andExpect(flash().attribute("notice", "faq.notice.status.published"));
        assertThat(editing.find("pages-museum-pass").orElseThrow().entry().status()).isEqualTo("published");

        mvc.perform(en(get("/admin/faq/entry/pages-museum-pass/versions/1")).with(user(EDITOR_USER)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Ja, die **RuhrKultur.Card**.")));
        mvc.perform(post("/admin/faq/entry/pages-museum-pass/restore").with(user(EDITOR_USER)).with(csrf()).param("revision", "1"))
                .andExpect(flash().attribute("notice", "faq.notice.restored"));
        var restored = editing.find("pages-museum-pass").orElseThrow();
        assertThat(restored.entry().texts().get("de").answer()).isEqualTo("Ja, die **RuhrKultur.Card**.");
        assertThat(restored.entry().status()).isEqualTo("published");
        mvc.perform(en(get("/admin/faq/entry/pages-museum-pass")).with(user(EDITOR_USER)))
                .andExpect(content().string(allOf(containsString("restored"), containsString("status changed"),
                        containsString("Restore version 1"))));

        mvc.perform(post("/admin/faq/entry/pages-museum-pass/status").with(user(EDITOR_USER)).with(csrf())
                .param("target", "draft").param("version", String.valueOf(restored.version())));
        mvc.perform(post("/admin/faq/entry/pages-museum-pass/delete").with(user(EDITOR_USER)).with(csrf())
                        .param("version", String.valueOf(restored.version() + 1)).param("confirm", "on"))
                .andExpect(redirectedUrl("/admin/faq"));
        assertThat(editing.find("pages-museum-pass")).isEmpty();
        mvc.perform(get("/admin/faq/entry/pages-museum-pass").with(user(EDITOR_USER))).andExpect(status().isNotFound());
    }

    @Test
    void badInputIsExplainedFieldByField() throws Exception {
        mvc.perform(en(post("/admin/faq/new")).with(user(EDITOR_USER)).with(csrf())
                        .param("action", "save").param("key", "Bad Key").param("lastReviewed", "").param("show", "de")
                        .param("q.de", "").param("answer.de", "<b>fett</b> [hier](javascript:alert(1))")
                        .param("linkTitle.de", "Amt").param("linkUrl.de", "http://example.org"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(
                        containsString("The entry was not saved: 7 problem(s)"),
                        containsString("id=\"err-key\""), containsString("Use 3–80 lower-case letters"),
                        containsString("Choose at least one topic."),
                        containsString("id=\"err-q.de\""), containsString("Question (German (de)): Please fill this in."),
                        containsString("HTML is not shown to newcomers"),
                        containsString("Links must be absolute https:// addresses: javascript:alert(1"),
                        containsString("Link 1 must be an absolute https:// address."),
                        containsString("value=\"Bad Key\""),
                        not(containsString("<b>fett</b>")))));
        assertThat(jdbc.queryForObject("select count(*) from faq_entry where entry_key = 'Bad Key'", Integer.class)).isZero();
    }

    @Test
    void thePreviewShowsUnsavedTextAsTheBotWouldWithoutSaving() throws Exception {
        var entry = editing.create(EDITOR, regional("pages-preview", "Frage?", "Antwort."));
        mvc.perform(en(post("/admin/faq/entry/pages-preview")).with(user(EDITOR_USER)).with(csrf())
                        .param("action", "preview").param("version", String.valueOf(entry.version()))
                        .param("key", "pages-preview").param("topics", "housing").param("lastReviewed", "2026-11-21")
                        .param("show", "de").param("q.de", "Neue Frage?")
                        .param("answer.de", "Erst _lesen_:\n- eins\n- [zwei](https://example.org/zwei)"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<strong>Neue Frage?</strong>"), containsString("<em>lesen</em>"),
                        containsString("<li><span>eins</span></li>"),
                        containsString("<a href=\"https://example.org/zwei\" target=\"_blank\" rel=\"noopener noreferrer nofollow\">zwei</a>"))));
        assertThat(editing.find("pages-preview").orElseThrow().entry().texts().get("de").question()).isEqualTo("Frage?");
    }

    @Test
    void aCityEditorEditsOnlyTheirCityAndProposesRegionalChanges() throws Exception {
        var dortmund = editing.create(EDITOR, FaqSamples.city("pages-dortmund-office", "dortmund", "Amt Dortmund?", "Hier."));
        var regional = editing.create(EDITOR, regional("pages-regional-bus", "Fährt ein Bus?", "Ja."));
        var essen = editing.create(EDITOR, FaqSamples.city("pages-essen-bus", "essen", "Bus in Essen?", "Ja."));

        mvc.perform(post("/admin/faq/entry/pages-dortmund-office").with(user(ESSEN_USER)).with(csrf())
                        .param("action", "save").param("version", String.valueOf(dortmund.version())).param("key", "pages-dortmund-office")
                        .param("topics", "advice").param("city", "dortmund").param("lastReviewed", "2026-11-21")
                        .param("show", "de").param("q.de", "Amt Dortmund?").param("answer.de", "Dort."))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/faq/entry/pages-dortmund-office").with(user(ESSEN_USER)).with(csrf())
                        .param("action", "propose").param("version", String.valueOf(dortmund.version())).param("key", "pages-dortmund-office")
                        .param("topics", "advice").param("city", "dortmund").param("lastReviewed", "2026-11-21")
                        .param("show", "de").param("q.de", "Amt Dortmund?").param("answer.de", "Dort."))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/faq/entry/pages-dortmund-office/status").with(user(ESSEN_USER)).with(csrf())
                .param("target", "review").param("version", String.valueOf(dortmund.version()))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/faq/new").with(user(ESSEN_USER)).with(csrf())
                        .param("action", "save").param("key", "pages-essen-sneaky").param("topics", "advice")
                        .param("lastReviewed", "2026-11-21").param("show", "de").param("q.de", "Regional?").param("answer.de", "Ja."))
                .andExpect(status().isForbidden());
        assertThat(editing.find("pages-dortmund-office").orElseThrow().entry().texts().get("de").answer()).isEqualTo("Hier.");

        mvc.perform(post("/admin/faq/entry/pages-essen-bus").with(user(ESSEN_USER)).with(csrf())
                        .param("action", "save").param("version", String.valueOf(essen.version())).param("key", "pages-essen-bus")
                        .param("topics", "advice").param("city", "essen").param("lastReviewed", "2026-11-21")
                        .param("show", "de").param("q.de", "Bus in Essen?").param("answer.de", "Ja, die Linie 145."))
                .andExpect(flash().attribute("notice", "faq.notice.saved"));

        mvc.perform(en(get("/admin/faq/entry/pages-regional-bus")).with(user(ESSEN_USER)))
                .andExpect(content().string(allOf(containsString("value=\"propose\""), not(containsString("value=\"save\"")),
                        not(containsString("/status\"")))));
        mvc.perform(post("/admin/faq/entry/pages-regional-bus").with(user(ESSEN_USER)).with(csrf())
                        .param("action", "save").param("version", String.valueOf(regional.version())).param("key", "pages-regional-bus")
                        .param("topics", "housing").param("lastReviewed", "2026-11-21")
                        .param("show", "de").param("q.de", "Fährt ein Bus?").param("answer.de", "Ja, alle 10 Minuten."))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/faq/entry/pages-regional-bus").with(user(ESSEN_USER)).with(csrf())
                        .param("action", "propose").param("version", String.valueOf(regional.version())).param("key", "pages-regional-bus")
                        .param("topics", "housing").param("lastReviewed", "2026-11-21").param("note", "Neuer Takt seit Juni")
                        .param("show", "de").param("q.de", "Fährt ein Bus?").param("answer.de", "Ja, alle 10 Minuten."))
                .andExpect(flash().attribute("notice", "faq.notice.proposed"));
        assertThat(editing.find("pages-regional-bus").orElseThrow().entry().texts().get("de").answer()).isEqualTo("Ja.");
        long id = editing.pendingRequests("pages-regional-bus").getFirst().id();

        mvc.perform(en(get("/admin/faq/requests")).with(user(ESSEN_USER)))
                .andExpect(content().string(allOf(containsString("Neuer Takt seit Juni"), containsString("German (de): answer"),
                        not(containsString("/accept\"")))));
        mvc.perform(post("/admin/faq/requests/" + id + "/accept").with(user(ESSEN_USER)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(en(get("/admin/faq/requests")).with(user(EDITOR_USER)))
                .andExpect(content().string(containsString("/admin/faq/requests/" + id + "/accept")));
        mvc.perform(post("/admin/faq/requests/" + id + "/accept").with(user(EDITOR_USER)).with(csrf()))
                .andExpect(flash().attribute("notice", "faq.notice.accepted"));
        assertThat(editing.find("pages-regional-bus").orElseThrow().entry().texts().get("de").answer())
                .isEqualTo("Ja, alle 10 Minuten.");
    }

    @Test
    void theCoverageMatrixFlagsStaleTranslations() throws Exception {
        var zoo = regional("pages-stale-zoo", "Wann hat der Zoo offen?", "Täglich.");
        var v1 = editing.create(EDITOR, new EntryContent(zoo.key(), zoo.topics(), zoo.audiences(), "wesel", null,
                zoo.lastReviewed(), zoo.texts()));
        editing.update(EDITOR, "pages-stale-zoo", v1.version(),
                FaqSamples.withGerman(EntryContent.of(v1.entry()), "Wann hat der Zoo offen?", "Täglich, im Winter kürzer."));
        assertThat(editing.find("pages-stale-zoo").orElseThrow().entry().city()).isEqualTo("wesel");
        mvc.perform(en(get("/admin/faq/coverage").param("status", "draft").param("city", "wesel")).with(user(EDITOR_USER)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("pages-stale-zoo"),
                        containsString("aria-label=\"English (en): stale\""), containsString("aria-label=\"German (de): translated\""),
                        containsString("aria-label=\"Turkish (tr): missing\""))));
        mvc.perform(en(get("/admin/faq").param("q", "pages-stale-zoo")).with(user(EDITOR_USER)))
                .andExpect(content().string(containsString("stale: en")));
        mvc.perform(en(get("/admin/faq/entry/pages-stale-zoo")).with(user(EDITOR_USER)))
                .andExpect(content().string(allOf(containsString("class=\"badge stale\""),
                        containsString("English (en) still matches the source"))));

        int version = editing.find("pages-stale-zoo").orElseThrow().version();
        mvc.perform(post("/admin/faq/entry/pages-stale-zoo/current").with(user(ESSEN_USER)).with(csrf())
                .param("lang", "en").param("version", String.valueOf(version))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/faq/entry/pages-stale-zoo/current").with(user(EDITOR_USER)).with(csrf())
                        .param("lang", "en").param("version", String.valueOf(version)))
                .andExpect(flash().attribute("notice", "faq.notice.current"));
        mvc.perform(en(get("/admin/faq/coverage").param("status", "draft").param("city", "wesel")).with(user(EDITOR_USER)))
                .andExpect(content().string(allOf(containsString("aria-label=\"English (en): translated\""),
                        not(containsString("aria-label=\"English (en): stale\"")))));
        assertThat(jdbc.queryForObject("select count(*) from audit_log where action = 'faq.translation-current'"
                + " and subject = 'faq:pages-stale-zoo'", Integer.class)).isEqualTo(1);
    }

    @Test
    void importShowsWhatWouldChangeAndAppliesOnlyAfterConfirmation() throws Exception {
        var entry = editing.create(EDITOR, regional("pages-import-pool", "Wo ist das Hallenbad?", "Im Zentrum."));
        var session = new MockHttpSession();
        String exported = mvc.perform(get("/admin/faq/transfer/export").with(user(EDITOR_USER)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("attachment; filename=\"welcome-faq-")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(exported).contains("\"format\" : \"welcome-faq/1\"").contains("pages-import-pool");

        String changed = """
                {"format": "welcome-faq/1", "entries": [
                  {"key": "pages-import-pool", "topics": ["housing"], "audiences": [], "status": "draft", "lastReviewed": "2026-11-21",
                   "texts": {"de": {"question": "Wo ist das Hallenbad?", "answer": "Am Bahnhof."},
                             "en": {"question": "In English: Wo ist das Hallenbad?", "answer": "In English: Im Zentrum."},
                             "tr": {"question": "Kapalı yüzme havuzu nerede?", "answer": "Merkezde."}}},
                  {"key": "pages-import-new", "topics": ["housing"], "audiences": [], "status": "draft", "lastReviewed": "2026-11-21",
                   "texts": {"de": {"question": "Neu?", "answer": "Ja."}}}
                ]}""";
        mvc.perform(multipart("/admin/faq/transfer/preview").file(file(changed)).header("Accept-Language", "en").session(session)
                        .with(user(EDITOR_USER)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("What importing faq.json would change"),
                        containsString("1 new, 1 changed, 0 unchanged"), containsString("pages-import-new"),
                        containsString("de: answer"), containsString("tr: added"), containsString("name=\"token\""))));
        assertThat(editing.find("pages-import-new")).as("a dry run changes nothing").isEmpty();
        String token = ((FaqTransferPage.PendingImport) session.getAttribute(FaqTransferPage.PENDING)).token();

        mvc.perform(en(post("/admin/faq/transfer/apply")).session(session).param("token", token).with(user(EDITOR_USER)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Imported: faq.json")));
        assertThat(editing.find("pages-import-new")).isPresent();
        assertThat(editing.find("pages-import-pool").orElseThrow().entry().texts()).containsKeys("tr");
        assertThat(editing.find("pages-import-pool").orElseThrow().version()).isGreaterThan(entry.version());
        assertThat(editing.history("pages-import-pool")).extracting(VersionInfo::action).first().isEqualTo("import");
        assertThat(jdbc.queryForObject("select count(*) from audit_log where action = 'faq.import' and subject = 'faq:pages-import-new'",
                Integer.class)).isEqualTo(1);

        mvc.perform(en(post("/admin/faq/transfer/apply")).session(session).param("token", token).with(user(EDITOR_USER)).with(csrf()))
                .andExpect(content().string(containsString("no longer waiting")));
    }

    @Test
    void aBrokenFileIsReportedWithEntryLanguageFieldAndReasonAndNothingIsImported() throws Exception {
        String broken = """
                {"format": "welcome-faq/1", "entries": [
                  {"key": "pages-broken", "topics": ["nightlife"], "status": "published", "lastReviewed": "2026-11-21",
                   "texts": {"de": {"question": "Frage?", "answer": "Siehe [hier](http://example.org)",
                                    "links": [{"title": "x", "url": "javascript:alert(1)"}]}}}
                ]}""";
        mvc.perform(multipart("/admin/faq/transfer/preview").file(file(broken)).header("Accept-Language", "en").with(user(ADMIN_USER)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Nothing can be imported: the file has 3 problem(s)"),
                        containsString("<td>pages-broken</td>"), containsString("<td>links[0].url</td>"),
                        containsString("unknown value &#39;nightlife&#39;"), containsString("<td>answer</td>"),
                        not(containsString("name=\"token\"")))));
        mvc.perform(multipart("/admin/faq/transfer/preview").file(file("{not json")).header("Accept-Language", "en").with(user(ADMIN_USER)).with(csrf()))
                .andExpect(content().string(allOf(containsString("(the file)"), containsString("not valid JSON"))));
        assertThat(editing.find("pages-broken")).isEmpty();
    }

    @Test
    void aCityEditorMayExportButNotImport() throws Exception {
        mvc.perform(en(get("/admin/faq/transfer")).with(user(ESSEN_USER)))
                .andExpect(content().string(allOf(containsString("Only editors for the whole region"),
                        not(containsString("enctype=\"multipart/form-data\"")))));
        mvc.perform(multipart("/admin/faq/transfer/preview").file(file("{}")).with(user(ESSEN_USER)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/faq/transfer/export").with(user(ESSEN_USER))).andExpect(status().isOk());
    }

    static MockMultipartFile file(String json) {
        return new MockMultipartFile("file", "faq.json", "application/json", json.getBytes(StandardCharsets.UTF_8));
    }

}
