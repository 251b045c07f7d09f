package ruhr.welcome.bot.guide.console;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import ruhr.welcome.admin.security.Role;
import ruhr.welcome.admin.security.StaffPrincipal;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The figures page: tables by month, language and city, bars drawn on the server, a filter that explains itself. */
@SpringBootTest
@AutoConfigureMockMvc
class HandoffFiguresPageTest {

    private static final ZoneId RUHR = ZoneId.of("Europe/Berlin");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    private static StaffPrincipal staff(Role role) {
        return new StaffPrincipal(1, role.name().toLowerCase(), "Name " + role, role, null, "{noop}x", true, false);
    }

    private void figure(long id, LocalDateTime at, String lang, String city, Integer pickupMinutes, Integer rating) {
        var requested = at.atZone(RUHR).toInstant();
        jdbc.update("""
                insert into handoff_figure (handoff_id, requested_at, lang, city, accepted_at, closed_at, rating)
                values (?, ?, ?, ?, ?, ?, ?)""", id, Timestamp.from(requested), lang, city,
                pickupMinutes == null ? null : Timestamp.from(requested.plusSeconds(60L * pickupMinutes)),
                rating == null ? null : Timestamp.from(requested.plusSeconds(7200)), rating);
    }

    @BeforeEach
    void ledger() {
        jdbc.update("delete from handoff_figure");
        figure(1, LocalDateTime.of(2026, 3, 2, 10, 0), "ar", "essen", 12, 5);
        figure(2, LocalDateTime.of(2026, 3, 9, 10, 0), "ar", "essen", 90, 4);
        figure(3, LocalDateTime.of(2026, 3, 9, 11, 0), "ar", null, null, null);
        figure(4, LocalDateTime.of(2026, 4, 1, 9, 0), "ru", "dortmund", 30, null);
    }

    @Test
    void tablesByMonthLanguageAndCityWithBars() throws Exception {
        mvc.perform(get("/admin/handoffs/figures?from=2026-03&to=2026-05").with(user(staff(Role.COORDINATOR)))
                        .header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
                .andExpect(content().string(containsString("Mar 2026")))
                .andExpect(content().string(containsString("May 2026")))
                // March: 3 requests, 2 reached (67 %), median pickup of 12 and 90 minutes = 51 minutes, average 4.5
                .andExpect(content().string(matchesPattern("(?s).*Mar 2026</th>\\s*<td>3</td>\\s*<td>2 \\(67 %\\)</td>\\s*"
                        + "<td>51 min</td>\\s*<td>2</td>\\s*<td>2</td>\\s*<td>4.5</td>.*")))
                .andExpect(content().string(matchesPattern("(?s).*Arabic</th>\\s*<td>3</td>.*")))
                .andExpect(content().string(matchesPattern("(?s).*Dortmund</th>\\s*<td>1</td>\\s*<td>1 \\(100 %\\)</td>\\s*<td>30 min</td>.*")))
                .andExpect(content().string(matchesPattern("(?s).*Whole region</th>\\s*<td>1</td>\\s*<td>0 \\(0 %\\)</td>\\s*<td>–</td>.*")))
                .andExpect(content().string(matchesPattern("(?s).*Whole period</th>\\s*<td>4</td>\\s*<td>3 \\(75 %\\)</td>.*")))
                .andExpect(content().string(containsString("<svg")))
                .andExpect(content().string(containsString("<title>Mar 2026: Requests 3</title>")))
                // no script in the charts: the page's one script is the console's own htmx
                .andExpect(content().string(not(matchesPattern(
                        "(?s).*<script(?! src=\"/admin/assets/webjars/htmx\\.org/(?:[0-9.]+/)?dist/htmx\\.min\\.js\" defer></script>).*"))));
    }

    @Test
    void filteredByLanguageAndCityInGerman() throws Exception {
        mvc.perform(get("/admin/handoffs/figures?from=2026-03&to=2026-04&lang=ar&city=essen").with(user(staff(Role.ADMIN)))
                        .header("Accept-Language", "de"))
                .andExpect(status().isOk())
                .andExpect(content().string(matchesPattern("(?s).*Ganzer Zeitraum</th>\\s*<td>2</td>\\s*<td>2 \\(100 %\\)</td>"
                        + "\\s*<td>51 min</td>.*")))
                .andExpect(content().string(not(containsString("Dortmund</th>"))));
    }

    @Test
    void aFilterThatIsNotUnderstoodIsExplainedAndTheLastSixMonthsAreShown() throws Exception {
        String thisMonth = YearMonth.now(RUHR).toString();
        mvc.perform(get("/admin/handoffs/figures?from=March&lang=<b>").with(user(staff(Role.COORDINATOR)))
                        .header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("The filter was not understood")))
                .andExpect(content().string(containsString("value=\"" + thisMonth + "\"")))
                .andExpect(content().string(not(containsString("<b>"))));
        mvc.perform(get("/admin/handoffs/figures?from=2020-01&to=2026-01").with(user(staff(Role.COORDINATOR))))
                .andExpect(status().isBadRequest());
    }

    @Test
    void theStaffDashboardShowsTheWeeklyHandoffsFromTheSameLedger() throws Exception {
        figure(9, LocalDateTime.now(RUHR).minusDays(1), "uk", "essen", 25, null);
        mvc.perform(get("/admin/figures").with(user(staff(Role.EDITOR))).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Time to a guide per week")))
                .andExpect(content().string(not(containsString("No handoff data."))));
    }

    @Test
    void onlyCoordinatorsAndAdmins() throws Exception {
        mvc.perform(get("/admin/handoffs/figures").with(user(staff(Role.EDITOR)))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/handoffs/figures")).andExpect(redirectedUrl("/admin/login"));
    }
}
