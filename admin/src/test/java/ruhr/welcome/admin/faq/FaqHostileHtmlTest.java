package ruhr.welcome.admin.faq;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

import ruhr.welcome.knowledge.faq.EntryStatus;
import ruhr.welcome.knowledge.faq.FaqEntry;
import ruhr.welcome.knowledge.faq.FaqEntryRepository;
import ruhr.welcome.knowledge.faq.FaqLink;
import ruhr.welcome.knowledge.faq.exchange.FaqFile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static ruhr.welcome.admin.faq.FaqSamples.EDITOR;
import static ruhr.welcome.admin.faq.FaqSamples.ESSEN;

/**
 * Stored XSS: an entry whose question, phrasings, answer and links carry script (as older data or a
 * careless import might) is shown as harmless text on every FAQ page and in the preview.
 */
@SpringBootTest
@AutoConfigureMockMvc
class FaqHostileHtmlTest {

    /** Any script tag but the console's own htmx. */
    static final String NOT_THE_CONSOLES_SCRIPT =
            "<script(?! src=\"/admin/assets/webjars/htmx\\.org/(?:[0-9.]+/)?dist/htmx\\.min\\.js\" defer></script>)";
    static final String QUESTION = "<script>alert('q')</script> Wohngeld?";
    static final String ALTERNATE = "<img src=x onerror=alert(1)>";
    static final String ANSWER = "<script>alert(2)</script> **fett** [klick](javascript:alert(3)) <img src=x onerror=alert(4)>\n"
            + "- <iframe src=javascript:alert(5)>";
    static final String KEY = "xss-housing-benefit";

    @Autowired
    MockMvc mvc;
    @Autowired
    FaqEntryRepository entries;
    @Autowired
    FaqEditing editing;
    @Autowired
    TransactionTemplate tx;

    @BeforeEach
    void hostileEntry() {
        if (entries.findByKey(KEY).isPresent()) {
            return;
        }
        tx.executeWithoutResult(s -> {
            var entry = new FaqEntry(KEY, LocalDate.of(2026, 11, 21));
            entry.setTopics(List.of("housing"));
            entry.putText("de", QUESTION, List.of(ALTERNATE), ANSWER,
                    List.of(new FaqLink("<b onmouseover=alert(6)>Amt</b>", "javascript:alert(7)")));
            entry.putText("en", "Housing benefit?", List.of(), "Ask the office.", List.of());
            entries.save(entry);
        });
        var state = editing.find(KEY).orElseThrow();
        editing.changeStatus(EDITOR, KEY, state.version(), EntryStatus.REVIEW);
        // a proposal may carry any plain text in questions and phrasings
        var regional = editing.create(EDITOR, FaqSamples.regional("xss-regional", "Frage?", "Antwort."));
        var hostileTexts = Map.of("de", new FaqFile.Text(QUESTION, List.of(ALTERNATE), "Harmlos.", List.of()));
        editing.propose(ESSEN, "xss-regional", regional.version(),
                FaqSamples.withTexts(EntryContent.of(regional.entry()), hostileTexts), "<script>alert('note')</script>");
    }

    @Test
    void everyFaqPageShowsHostileTextAsText() throws Exception {
        assertHarmless(get("/admin/faq").param("q", "Wohngeld"), true);
        assertHarmless(get("/admin/faq").param("status", "review").param("topic", "housing"), true);
        assertHarmless(get("/admin/faq/entry/" + KEY).param("show", "de", "en"), true);
        assertHarmless(get("/admin/faq/entry/" + KEY + "/versions/1"), true);
        assertHarmless(get("/admin/faq/coverage").param("status", "review"), false);
        assertHarmless(get("/admin/faq/requests"), true);
    }

    @Test
    void thePreviewOfUnsavedHostileTextIsHarmless() throws Exception {
        int version = editing.find(KEY).orElseThrow().version();
        assertHarmless(post("/admin/faq/entry/" + KEY).with(csrf())
                .param("action", "preview").param("version", String.valueOf(version)).param("key", KEY)
                .param("topics", "housing").param("lastReviewed", "2026-11-21").param("show", "de")
                .param("q.de", QUESTION).param("alt.de", ALTERNATE).param("answer.de", ANSWER)
                .param("linkTitle.de", "<b>x</b>").param("linkUrl.de", "javascript:alert(8)"), true);
        // saving it is refused, with the problem named and the typed text shown back as text
        assertHarmless(post("/admin/faq/entry/" + KEY).with(csrf())
                .param("action", "save").param("version", String.valueOf(version)).param("key", KEY)
                .param("topics", "housing").param("lastReviewed", "2026-11-21").param("show", "de")
                .param("q.de", QUESTION).param("alt.de", ALTERNATE).param("answer.de", ANSWER), true);
    }

    @Test
    void problemsOfAnImportFileAreShownAsText() throws Exception {
        String file = """
                {"format": "welcome-faq/1", "entries": [{"key": "xss-import", "<img src=x onerror=alert(9)>": 1,
                 "topics": ["<script>alert(10)</script>"], "status": "draft", "lastReviewed": "2026-11-21",
                 "texts": {"de": {"question": "q", "answer": "a"}}}]}""";
        String body = mvc.perform(multipart("/admin/faq/transfer/preview")
                        .file(new MockMultipartFile("file", "<script>x.json", "application/json", file.getBytes(StandardCharsets.UTF_8)))
                        .with(user(FaqPagesTest.ADMIN_USER)).with(csrf()))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).doesNotContain("<script>").doesNotContain("<img src=x").contains("&lt;img src=x onerror=alert(9)&gt;")
                .contains("&lt;script&gt;alert(10)");
    }

    private void assertHarmless(MockHttpServletRequestBuilder request, boolean showsQuestion) throws Exception {
        var response = mvc.perform(request.with(user(FaqPagesTest.EDITOR_USER)).header("Accept-Language", "en")).andReturn().getResponse();
        String body = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(response.getStatus()).as(body).isIn(200, 422);
        // the one script is the console's own htmx, loaded from the app; nothing from the entry runs
        assertThat(body).containsOnlyOnce("<script").doesNotContainPattern(NOT_THE_CONSOLES_SCRIPT)
                .doesNotContain("<img").doesNotContain("<iframe")
                .doesNotContain("<b onmouseover").doesNotContain("href=\"javascript:").doesNotContain("src=\"javascript:")
                // no event handler attribute on any real tag (quoted, escaped values may contain the words)
                .doesNotContainPattern("(?i)<[a-z]+(?:\\s+[a-z0-9_.:-]+(?:=(?:\"[^\"]*\"|'[^']*'|[^\\s>\"']+))?)*\\s+on[a-z]+\\s*=");
        if (showsQuestion) {
            assertThat(body).contains("&lt;script&gt;alert(");
        } else {
            assertThat(body).contains(KEY);
        }
    }
}
