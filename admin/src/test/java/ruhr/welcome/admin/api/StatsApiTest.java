package ruhr.welcome.admin.api;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import ruhr.welcome.knowledge.questions.QuestionAsked;
import ruhr.welcome.knowledge.questions.QuestionLog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Figures from the question log: weeks by decision, languages; nothing about who asked. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestTokens.class)
class StatsApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestTokens tokens;
    @Autowired
    QuestionLog log;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void countsThisWeeksQuestionsByDecisionAndLanguage() throws Exception {
        jdbc.update("delete from question_log");
        log.record(asked("secret-asker-1", "ANSWER", "uk"));
        log.record(asked("secret-asker-1", "ANSWER", "uk"));
        log.record(asked("secret-asker-2", "CLARIFY", "de"));
        long handed = log.record(asked("secret-asker-3", "NONE", "uk"));
        long askedBack = log.record(new QuestionAsked("secret-asker-4", "web", "blue card?", "uk", 0.9, "uk", null, "CLARIFY",
                0.4, List.of("residence-blue-card"), List.of(0.4)));
        log.chosen(askedBack, "secret-asker-4", "residence-blue-card");
        log.handedToGuide(handed);
        jdbc.update("update question_log set asked_at = now() - interval '8 weeks' where asker = 'secret-asker-2'");

        var body = mvc.perform(get("/api/v1/stats").param("weeks", "4").header("Authorization", TestTokens.bearer(tokens.reader())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.weeks.length()").value(4))
                .andExpect(jsonPath("$.weeks[3].questions").value(4))
                .andExpect(jsonPath("$.weeks[3].answered").value(2))
                .andExpect(jsonPath("$.weeks[3].clarified").value(1))
                .andExpect(jsonPath("$.weeks[3].chosen").value(1))
                .andExpect(jsonPath("$.weeks[3].notFound").value(1))
                .andExpect(jsonPath("$.weeks[3].handedToGuide").value(1))
                .andExpect(jsonPath("$.weeks[0].questions").value(0))
                .andExpect(jsonPath("$.weeks[3].week").value(org.hamcrest.Matchers.matchesPattern("\\d{4}-W\\d\\d")))
                .andExpect(jsonPath("$.languages[0].lang").value("uk"))
                .andExpect(jsonPath("$.languages[0].questions").value(4))
                .andExpect(jsonPath("$.languages.length()").value(1))
                .andReturn().getResponse().getContentAsString();
        assertThat(body).doesNotContain("secret-asker");

        mvc.perform(get("/api/v1/stats").param("weeks", "12").header("Authorization", TestTokens.bearer(tokens.reader())))
                .andExpect(jsonPath("$.languages[*].lang", org.hamcrest.Matchers.hasItems("uk", "de")));
    }

    @Test
    void anOutOfRangePeriodIsRefused() throws Exception {
        mvc.perform(get("/api/v1/stats").param("weeks", "0").header("Authorization", TestTokens.bearer(tokens.reader())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("weeks"));
        mvc.perform(get("/api/v1/stats")).andExpect(status().isUnauthorized());
    }

    private static QuestionAsked asked(String asker, String decision, String lang) {
        return new QuestionAsked(asker, "telegram", "eine Frage", lang, 0.9, lang, null, decision, 0.5, List.of(), List.of());
    }
}
