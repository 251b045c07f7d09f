package ruhr.welcome.admin.figures;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import ruhr.welcome.admin.security.Role;
import ruhr.welcome.admin.security.StaffPrincipal;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The dashboard for every staff role: SVG charts with text alternatives, in German and English. */
@SpringBootTest
@AutoConfigureMockMvc
class FiguresPageTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    private static StaffPrincipal staff(Role role) {
        return new StaffPrincipal(5, role.name().toLowerCase(), "Name " + role, role, null, "{noop}x", true, false);
    }

    @BeforeEach
    void log() {
        jdbc.update("delete from question_log");
        question("de", "ANSWER", false, "HELPFUL", "residence-blue-card", Duration.ofHours(2));
        question("de", "ANSWER", false, "NOT_HELPFUL", "residence-blue-card", Duration.ofDays(8));
        question("en", "CLARIFY", false, null, "residence-blue-card", Duration.ofHours(3));
        jdbc.update("update question_log set chosen_entry_key = 'residence-blue-card' where decision = 'CLARIFY'");
        question("tr", "NONE", true, null, null, Duration.ofHours(4));
        question("<i>x</i>", "NONE", false, null, null, Duration.ofHours(5));
    }

    private void question(String lang, String decision, boolean handed, String feedback, String entry, Duration ago) {
        jdbc.update("""
                insert into question_log (asked_at, asker, channel, question, detected_lang, decision, confidence,
                                          top_entry_keys, feedback, handed_to_guide)
                values (?, 'p', 'web', 'q', ?, ?, 0.8, ?, ?, ?)""",
                Timestamp.from(Instant.now().minus(ago)), lang, decision,
                entry == null ? new String[0] : new String[] {entry}, feedback, handed);
    }

    @Test
    void everyRoleSeesTheChartsWithTitlesDescriptionsAndTables() throws Exception {
        for (Role role : Role.values()) {
            mvc.perform(get("/admin/figures").with(user(staff(role))).header("Accept-Language", "en"))
                    .andExpect(status().isOk())
                    .andExpect(content().string(allOf(
                            containsString("href=\"/admin/figures\""),
                            containsString("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\""),
                            containsString("aria-labelledby=\"chart-questions-t chart-questions-d\""),
                            containsString("<title id=\"chart-questions-t\">Questions per week</title>"),
                            containsString("In 12 weeks, 5 questions: 2 answered directly, 1 asked back, 1 not found, 1 handed to a guide."),
                            containsString("2 answers were rated, 1 of them helpful (50%)."),
                            org.hamcrest.Matchers.matchesPattern(java.util.regex.Pattern.compile(
                                    "(?s).*<dt>Found after asking back \\(an offered question chosen\\)</dt>\\s*<dd>1</dd>.*")),
                            containsString("<summary>The numbers as a table</summary>"),
                            containsString("Residence and visas"),
                            containsString("Turkish (tr)"),
                            containsString("No handoff data."))));
        }
    }

    @Test
    void inGermanWithGermanLabelsAndNumbers() throws Exception {
        mvc.perform(get("/admin/figures").param("weeks", "4").with(user(staff(Role.COORDINATOR))).header("Accept-Language", "de"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("Fragen pro Woche"),
                        containsString("In 4 Wochen 5 Fragen"),
                        containsString("Aufenthalt und Visa"),
                        containsString("Türkisch (tr)"),
                        containsString("Keine Daten zu Übergaben."),
                        containsString("50\u00a0%"))));
    }

    @Test
    void labelsFromTheLogAreEscapedInTheSvgAndTheTable() throws Exception {
        mvc.perform(get("/admin/figures").with(user(staff(Role.ADMIN))).header("Accept-Language", "en"))
                .andExpect(content().string(allOf(containsString("&lt;i&gt;x&lt;/i&gt;"), not(containsString("<i>x</i>")))))
                .andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")));
    }

    @Test
    void strangersAreSentToSignIn() throws Exception {
        mvc.perform(get("/admin/figures")).andExpect(redirectedUrl("/admin/login"));
    }
}
