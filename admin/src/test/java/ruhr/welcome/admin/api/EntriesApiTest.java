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

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Entries over the API: reading, and changes through the editors' rules (scope, versions, workflow, audit). */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestTokens.class)
class EntriesApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestTokens tokens;
    @Autowired
    JdbcTemplate jdbc;

    private static MockHttpServletRequestBuilder as(String secret, MockHttpServletRequestBuilder request) {
        return request.header("Authorization", TestTokens.bearer(secret)).contentType(MediaType.APPLICATION_JSON);
    }

    @Test
    void listsEntriesWithFiltersAndPaging() throws Exception {
        String reader = tokens.reader();
        mvc.perform(as(reader, get("/api/v1/entries").param("city", "essen").param("size", "2")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.size").value(2))
                .andExpect(jsonPath("$.items.length()").value(2))
                .andExpect(jsonPath("$.items[*].city", everyItem(is("essen"))))
                .andExpect(jsonPath("$.totalItems").value(org.hamcrest.Matchers.greaterThan(2)));
        mvc.perform(as(reader, get("/api/v1/entries").param("topic", "residence").param("city", "region").param("lang", "tr")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].key", hasItem("residence-blue-card")))
                .andExpect(jsonPath("$.items[*].topics[*]", hasItem("residence")));

        String editor = tokens.editor();
        String key = ApiJson.uniqueKey("deposit");
        mvc.perform(as(editor, post("/api/v1/entries")).content(ApiJson.entry(key, null, "Wie hoch ist die Mietkaution?")))
                .andExpect(status().isCreated());
        mvc.perform(as(reader, get("/api/v1/entries").param("missing", "tr").param("status", "draft").param("size", "200")))
                .andExpect(jsonPath("$.items[*].key", hasItem(key)))
                .andExpect(jsonPath("$.items[?(@.key == '" + key + "')].languages[*]", hasItems("de", "en")));
    }

    @Test
    void badFiltersAreAllNamedAtOnce() throws Exception {
        mvc.perform(as(tokens.reader(), get("/api/v1/entries").param("topic", "cooking").param("city", "paris")
                        .param("status", "lost").param("size", "1000")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value(Problems.TYPE_PREFIX + "validation"))
                .andExpect(jsonPath("$.errors[*].field", hasItems("topic", "city", "status", "size")));
        mvc.perform(as(tokens.reader(), get("/api/v1/entries").param("page", "first")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("page"));
    }

    @Test
    void readsOneEntryWithItsVersionAndAnswers404ForAnUnknownOne() throws Exception {
        mvc.perform(as(tokens.reader(), get("/api/v1/entries/residence-blue-card")))
                .andExpect(status().isOk())
                .andExpect(header().exists("ETag"))
                .andExpect(jsonPath("$.key").value("residence-blue-card"))
                .andExpect(jsonPath("$.texts.de.question").value(containsString("Blaue Karte")))
                .andExpect(jsonPath("$.version").isNumber());
        mvc.perform(as(tokens.reader(), get("/api/v1/entries/no-such-entry")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value(Problems.TYPE_PREFIX + "not-found"));
    }

    @Test
    void anEditorTokenCreatesChangesPublishesAndDeletesAnEntryWithAuditAndVersions() throws Exception {
        var issued = tokens.issue(TokenRole.EDITOR, null, null);
        String editor = issued.secret();
        String key = ApiJson.uniqueKey("deposit");
        mvc.perform(as(editor, post("/api/v1/entries")).content(ApiJson.entry(key, null, "Wie hoch ist die Mietkaution?")))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/v1/entries/" + key))
                .andExpect(jsonPath("$.status").value("draft"))
                .andExpect(jsonPath("$.texts.de.links[0].url").value("https://www.mieterbund.de"));
        int version = version(editor, key);

        mvc.perform(as(editor, put("/api/v1/entries/" + key)).content(ApiJson.changed(key, null, version, "Höchstens drei Nettokaltmieten.")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.texts.de.answer").value("Höchstens drei Nettokaltmieten."))
                .andExpect(jsonPath("$.texts.en").doesNotExist())
                .andExpect(jsonPath("$.status").value("draft"));
        version = version(editor, key);

        mvc.perform(as(editor, post("/api/v1/entries/" + key + "/status")).content("{\"status\": \"review\"}")
                        .header("If-Match", "\"" + version + "\""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("review"));
        version = version(editor, key);
        mvc.perform(as(editor, post("/api/v1/entries/" + key + "/status")).content("{\"status\": \"published\", \"version\": " + version + "}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("published"));

        String actor = "api:" + issued.token().name();
        assertThat(jdbc.queryForList("select action from audit_log where actor = ? and subject = ? order by id", String.class,
                actor, "faq:" + key)).hasSizeGreaterThanOrEqualTo(4);
        assertThat(jdbc.queryForObject("select count(*) from faq_entry_version where entry_key = ?", Integer.class, key))
                .isGreaterThanOrEqualTo(4);

        version = version(editor, key);
        mvc.perform(as(editor, delete("/api/v1/entries/" + key)).param("version", Integer.toString(version)))
                .andExpect(status().isNoContent());
        mvc.perform(as(editor, get("/api/v1/entries/" + key))).andExpect(status().isNotFound());
    }

    @Test
    void aStaleVersionIsAConflictAndAMissingOneIsNamed() throws Exception {
        String editor = tokens.editor();
        String key = ApiJson.uniqueKey("deposit");
        mvc.perform(as(editor, post("/api/v1/entries")).content(ApiJson.entry(key, null, "Wie hoch ist die Mietkaution?")))
                .andExpect(status().isCreated());
        int version = version(editor, key);
        mvc.perform(as(editor, put("/api/v1/entries/" + key)).content(ApiJson.changed(key, null, version, "Erste Änderung.")))
                .andExpect(status().isOk());
        mvc.perform(as(editor, put("/api/v1/entries/" + key)).content(ApiJson.changed(key, null, version, "Zweite Änderung.")))
                .andExpect(status().isConflict())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value(Problems.TYPE_PREFIX + "version-conflict"))
                .andExpect(jsonPath("$.currentVersion").value(version(editor, key)));
        mvc.perform(as(editor, delete("/api/v1/entries/" + key)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("version"));
        mvc.perform(as(editor, post("/api/v1/entries/" + key + "/status")).content("{\"status\": \"published\", \"version\": "
                        + version(editor, key) + "}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value(Problems.TYPE_PREFIX + "status-change"))
                .andExpect(jsonPath("$.allowed[0]").value("review"));
    }

    @Test
    void invalidEntriesAreRefusedWithEveryField() throws Exception {
        String editor = tokens.editor();
        mvc.perform(as(editor, post("/api/v1/entries")).content("""
                        {"key": "Bad Key", "topics": [], "lastReviewed": "2026-11-21",
                         "texts": {"de": {"question": "", "answer": "<script>alert(1)</script>",
                                          "links": [{"title": "x", "url": "javascript:alert(1)"}]}}}"""))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value(Problems.TYPE_PREFIX + "validation"))
                .andExpect(jsonPath("$.errors[*].field", hasItems("key", "topics", "texts.de.question", "texts.de.answer",
                        "texts.de.links")))
                .andExpect(jsonPath("$.errors[?(@.field == 'texts.de.answer')].reason", hasItem(containsString("HTML is not allowed"))))
                .andExpect(jsonPath("$.errors[?(@.field == 'texts.de.links')].reason", hasItem("link 1 must be an absolute https:// URL")));
        mvc.perform(as(editor, post("/api/v1/entries")).content("{\"key\": \"broken\", "))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(Problems.TYPE_PREFIX + "malformed-json"));
        mvc.perform(as(editor, post("/api/v1/entries")).content("{\"key\": \"with-status\", \"status\": \"published\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("status"))
                .andExpect(jsonPath("$.errors[0].reason").value("unknown field"));
        mvc.perform(as(editor, post("/api/v1/entries")).content("{\"key\": \"wrong-type\", \"topics\": \"housing\", \"lastReviewed\": \"soon\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("topics"));
    }

    @Test
    void aCityTokenChangesOnlyItsCitysEntries() throws Exception {
        String essen = tokens.editorOf("essen");
        mvc.perform(as(essen, post("/api/v1/entries")).content(ApiJson.entry(ApiJson.uniqueKey("dortmund-deposit"), "dortmund", "Kaution in Dortmund?")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value(Problems.TYPE_PREFIX + "city-scope"));
        int regional = version(essen, "residence-blue-card");
        mvc.perform(as(essen, put("/api/v1/entries/residence-blue-card")).content(ApiJson.changed("residence-blue-card", null, regional, "Gekapert.")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value(Problems.TYPE_PREFIX + "city-scope"));
        mvc.perform(as(essen, delete("/api/v1/entries/dortmund-advice")).param("version", Integer.toString(version(essen, "dortmund-advice"))))
                .andExpect(status().isForbidden());

        String key = ApiJson.uniqueKey("essen-deposit");
        mvc.perform(as(essen, post("/api/v1/entries")).content(ApiJson.entry(key, "essen", "Kaution in Essen?")))
                .andExpect(status().isCreated());
        mvc.perform(as(essen, put("/api/v1/entries/" + key)).content(ApiJson.changed(key, "dortmund", version(essen, key), "Umgezogen.")))
                .andExpect(status().isForbidden());
        mvc.perform(as(essen, get("/api/v1/entries/" + key))).andExpect(jsonPath("$.city").value("essen"));
    }

    @Test
    void aReadOnlyTokenCannotChangeEntries() throws Exception {
        String reader = tokens.reader();
        mvc.perform(as(reader, post("/api/v1/entries")).content(ApiJson.entry(ApiJson.uniqueKey("x"), null, "Frage?")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value(Problems.TYPE_PREFIX + "insufficient-role"));
        mvc.perform(as(reader, put("/api/v1/entries/residence-blue-card")).content("{}")).andExpect(status().isForbidden());
        mvc.perform(as(reader, post("/api/v1/entries/residence-blue-card/status")).content("{}")).andExpect(status().isForbidden());
        mvc.perform(as(reader, delete("/api/v1/entries/residence-blue-card"))).andExpect(status().isForbidden());
    }

    private int version(String secret, String key) throws Exception {
        String etag = mvc.perform(as(secret, get("/api/v1/entries/" + key))).andExpect(status().isOk())
                .andReturn().getResponse().getHeader("ETag");
        return Integer.parseInt(etag.replace("\"", ""));
    }
}
