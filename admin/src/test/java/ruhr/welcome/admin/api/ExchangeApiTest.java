package ruhr.welcome.admin.api;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import ruhr.welcome.knowledge.answer.AnswerService;
import ruhr.welcome.knowledge.answer.Decision;
import ruhr.welcome.knowledge.answer.Question;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Import and export in the welcome-faq/1 format: a dry run reports, an import applies all or nothing. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestTokens.class)
class ExchangeApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestTokens tokens;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AnswerService answers;

    private static MockHttpServletRequestBuilder as(String secret, MockHttpServletRequestBuilder request) {
        return request.header("Authorization", TestTokens.bearer(secret)).contentType(MediaType.APPLICATION_JSON);
    }

    private static String file(String... entries) {
        return "{\"format\": \"welcome-faq/1\", \"entries\": [" + String.join(",", entries) + "]}";
    }

    private static String entry(String key, String city, String status, String question, String answer) {
        return """
                {"key": "%s", "topics": ["health"], "audiences": [], "city": %s, "variantOf": null, "status": "%s",
                 "lastReviewed": "2026-11-21", "texts": {"de": {"question": "%s", "alternates": [], "answer": "%s", "links": []}}}
                """.formatted(key, city == null ? "null" : "\"" + city + "\"", status, question, answer);
    }

    @Test
    void exportsTheWholeFaqInTheExchangeFormat() throws Exception {
        mvc.perform(as(tokens.reader(), get("/api/v1/export")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("attachment; filename=\"welcome-faq-")))
                .andExpect(jsonPath("$.format").value("welcome-faq/1"))
                .andExpect(jsonPath("$.entries[*].key", hasItems("residence-blue-card", "essen-advice")))
                .andExpect(jsonPath("$.entries[0].lastReviewed").value(org.hamcrest.Matchers.matchesPattern("\\d{4}-\\d\\d-\\d\\d")));
    }

    @Test
    void aDryRunReportsWithoutChangingAnythingAndTheImportThenApplies() throws Exception {
        var issued = tokens.issue(TokenRole.EDITOR, null, null);
        String key = ApiJson.uniqueKey("vaccination");
        String document = file(entry(key, null, "published", "Welche Impfungen braucht mein Kind für die Kita?",
                "Für die Kita ist der **Masernschutz** Pflicht."));
        int auditBefore = jdbc.queryForObject("select count(*) from audit_log", Integer.class);

        mvc.perform(as(issued.secret(), post("/api/v1/import")).param("dryRun", "true").content(document))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.dryRun").value(true))
                .andExpect(jsonPath("$.created[0]").value(key));
        assertThat(jdbc.queryForObject("select count(*) from faq_entry where entry_key = ?", Integer.class, key)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from audit_log", Integer.class)).isEqualTo(auditBefore);

        mvc.perform(as(issued.secret(), post("/api/v1/import")).content(document))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.dryRun").value(false))
                .andExpect(jsonPath("$.created[0]").value(key));
        mvc.perform(as(issued.secret(), get("/api/v1/entries/" + key))).andExpect(jsonPath("$.status").value("published"));
        assertThat(jdbc.queryForObject("select count(*) from audit_log where actor = ? and subject = ?", Integer.class,
                "api:" + issued.token().name(), "faq:" + key)).isPositive();
        var answer = answers.answer(new Question("Welche Impfungen braucht mein Kind für die Kita?", "de", null));
        assertThat(answer.decision()).isEqualTo(Decision.ANSWER);
        assertThat(answer.candidates().getFirst().key()).isEqualTo(key);

        mvc.perform(as(issued.secret(), post("/api/v1/import")).param("dryRun", "true").content(document))
                .andExpect(jsonPath("$.unchanged[0]").value(key))
                .andExpect(jsonPath("$.created").isEmpty());

        String changed = file(entry(key, null, "draft", "Welche Impfungen braucht mein Kind für die Kita?",
                "Für Kita und Schule ist der **Masernschutz** Pflicht."));
        mvc.perform(as(issued.secret(), post("/api/v1/import")).param("dryRun", "true").content(changed))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.changed[0].key").value(key))
                .andExpect(jsonPath("$.changed[0].fields[0]").value("status"))
                .andExpect(jsonPath("$.changed[0].languages.de[0]").value("answer"));
        mvc.perform(as(issued.secret(), get("/api/v1/entries/" + key))).andExpect(jsonPath("$.status").value("published"));
    }

    @Test
    void aBrokenFileIsRefusedWithEveryProblemAndNothingImported() throws Exception {
        String good = ApiJson.uniqueKey("good-entry");
        String document = file(
                entry(good, null, "draft", "Eine gute Frage?", "Eine gute Antwort."),
                """
                {"key": "broken-entry", "topics": ["cooking"], "audiences": [], "status": "published", "lastReviewed": "someday",
                 "texts": {"de": {"question": "", "answer": "Siehe [hier](javascript:alert(1))"}, "xx": {"question": "q", "answer": "a"}}}
                """);
        mvc.perform(as(tokens.editor(), post("/api/v1/import")).content(document))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value(Problems.TYPE_PREFIX + "import-rejected"))
                .andExpect(jsonPath("$.problems[*].entryKey", hasItem("broken-entry")))
                .andExpect(jsonPath("$.problems[*].field", hasItems("topics", "lastReviewed", "question", "answer", "texts")))
                .andExpect(jsonPath("$.problems[?(@.field == 'answer')].lang", hasItem("de")))
                .andExpect(jsonPath("$.problems[?(@.field == 'texts')].lang", hasItem("xx")))
                .andExpect(jsonPath("$.problems[0].reason").isString());
        assertThat(jdbc.queryForObject("select count(*) from faq_entry where entry_key = ?", Integer.class, good)).isZero();

        mvc.perform(as(tokens.editor(), post("/api/v1/import")).content("{\"format\": \"welcome-faq/1\", \"entries\": ["))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.problems[0].reason").value(containsString("not valid JSON")));
    }

    @Test
    void importsNeedAnEditorTokenWithoutACity() throws Exception {
        String own = ApiJson.uniqueKey("essen-clinic");
        mvc.perform(as(tokens.editorOf("essen"), post("/api/v1/import")).param("dryRun", "true")
                        .content(file(entry(own, "essen", "draft", "Kinderarzt in Essen?", "Liste der Stadt."))))
                .andExpect(status().isForbidden())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value(Problems.TYPE_PREFIX + "city-scope"))
                .andExpect(jsonPath("$.detail").value(containsString("every city")));
        mvc.perform(as(tokens.reader(), post("/api/v1/import")).param("dryRun", "true").content(file()))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value(Problems.TYPE_PREFIX + "insufficient-role"));
        assertThat(jdbc.queryForObject("select count(*) from faq_entry where entry_key = ?", Integer.class, own)).isZero();
    }
}
