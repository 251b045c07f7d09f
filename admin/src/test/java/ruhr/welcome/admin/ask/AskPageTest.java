package ruhr.welcome.admin.ask;

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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** "Ask the bot" shows the bot's own reasoning on the starter FAQ, and records nothing. */
@SpringBootTest
@AutoConfigureMockMvc
class AskPageTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    private static StaffPrincipal staff(Role role, String city) {
        return new StaffPrincipal(3, role.name().toLowerCase(), "Name " + role, role, city, "{noop}x", true, false);
    }

    private int logged() {
        return jdbc.queryForObject("select count(*) from question_log", Integer.class);
    }

    @Test
    void showsLanguageDecisionCandidatesAndMatchedWordsWithoutLoggingTheQuestion() throws Exception {
        int before = logged();
        mvc.perform(post("/admin/ask").param("question", "Wie lange dauert die Blaue Karte?").param("lang", "").param("city", "")
                        .with(user(staff(Role.EDITOR, null))).with(csrf()).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("The bot reads and answers in German (de)"),
                        containsString("Detected from the text."),
                        containsString("Answer directly"),
                        containsString("residence-blue-card"),
                        containsString("href=\"/admin/faq/residence-blue-card\""),
                        containsString("blau, kart"))));
        assertThat(logged()).isEqualTo(before);
    }

    @Test
    void aChosenLanguageAndCityAreUsedAndRunnerUpLanguagesShown() throws Exception {
        mvc.perform(post("/admin/ask").param("question", "Wo ist die Ausländerbehörde?").param("lang", "de").param("city", "dortmund")
                        .with(user(staff(Role.ADMIN, null))).with(csrf()).header("Accept-Language", "de"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("Von Ihnen gewählt"),
                        containsString("dortmund-immigration-office"),
                        containsString("Erkannte Sprachen"))));
        mvc.perform(post("/admin/ask").param("question", "Wie finde ich einen Angelschein für den Baldeneysee?").param("lang", "")
                        .with(user(staff(Role.EDITOR, null))).with(csrf()).header("Accept-Language", "en"))
                .andExpect(content().string(containsString("Nothing found: offer a Welcome Guide")));
    }

    @Test
    void emptyAndOverlongQuestionsGetAPoliteAnswer() throws Exception {
        mvc.perform(post("/admin/ask").param("question", "   ").with(user(staff(Role.EDITOR, null))).with(csrf())
                        .header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Please type a question.")));
        mvc.perform(post("/admin/ask").param("question", "a".repeat(BotTrial.MAX_QUESTION + 1)).with(user(staff(Role.EDITOR, null)))
                        .with(csrf()).header("Accept-Language", "en"))
                .andExpect(content().string(containsString("The question is too long: at most 4,096 characters.")));
    }

    @Test
    void hostileHtmlInTheQuestionIsShownAsText() throws Exception {
        mvc.perform(post("/admin/ask").param("question", "</textarea><script>alert(1)</script> blue card")
                        .with(user(staff(Role.EDITOR, null))).with(csrf()).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("&lt;/textarea&gt;&lt;script&gt;alert(1)&lt;/script&gt; blue card"),
                        not(containsString("<script>alert")))));
    }

    @Test
    void onlyEditorsAndAdminsMayAskAndOnlyWithACsrfToken() throws Exception {
        mvc.perform(get("/admin/ask").with(user(staff(Role.EDITOR, "essen"))).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<option value=\"essen\" selected=\"selected\">Essen</option>")));
        mvc.perform(get("/admin/ask").with(user(staff(Role.COORDINATOR, null)))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/ask").param("question", "blue card").with(user(staff(Role.COORDINATOR, null))).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/ask").param("question", "blue card").with(user(staff(Role.EDITOR, null))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/ask")).andExpect(redirectedUrl("/admin/login"));
    }
}
