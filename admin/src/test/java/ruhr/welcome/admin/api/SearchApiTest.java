package ruhr.welcome.admin.api;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The bot's search over the API: detected language, decision, candidates with scores. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestTokens.class)
class SearchApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestTokens tokens;

    @Test
    void findsTheBlueCardInGermanAndDetectsTheLanguage() throws Exception {
        mvc.perform(get("/api/v1/search").param("q", "Wie lange dauert die Blaue Karte?")
                        .header("Authorization", TestTokens.bearer(tokens.reader())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.language.lang").value("de"))
                .andExpect(jsonPath("$.language.source").value("detected"))
                .andExpect(jsonPath("$.language.detected[0].lang").value("de"))
                .andExpect(jsonPath("$.decision").value("ANSWER"))
                .andExpect(jsonPath("$.candidates[0].key").value("residence-blue-card"))
                .andExpect(jsonPath("$.candidates[0].offered").value(true))
                .andExpect(jsonPath("$.candidates[0].answerLang").value("de"))
                .andExpect(jsonPath("$.candidates[0].question").value(containsString("Blaue Karte")))
                .andExpect(jsonPath("$.candidates[0].score").isNumber())
                .andExpect(jsonPath("$.candidates[0].confidence").isNumber());
    }

    @Test
    void aCityBringsItsOwnEntriesAndAGivenLanguageIsUsed() throws Exception {
        mvc.perform(get("/api/v1/search").param("q", "immigration office appointment").param("lang", "en").param("city", "essen")
                        .header("Authorization", TestTokens.bearer(tokens.reader())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.language.source").value("given"))
                .andExpect(jsonPath("$.city").value("essen"))
                .andExpect(jsonPath("$.candidates[0].key").value("essen-immigration-office"));
    }

    @Test
    void badParametersAreNamed() throws Exception {
        mvc.perform(get("/api/v1/search").param("q", " ").param("lang", "xx").param("city", "paris")
                        .header("Authorization", TestTokens.bearer(tokens.reader())))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field", hasItems("q", "lang", "city")));
        mvc.perform(get("/api/v1/search").header("Authorization", TestTokens.bearer(tokens.reader())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("q"));
        mvc.perform(get("/api/v1/search").param("q", "Blaue Karte")).andExpect(status().isUnauthorized());
    }
}
