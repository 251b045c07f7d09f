package ruhr.welcome.bot.guide.console;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import ruhr.welcome.admin.security.Role;
import ruhr.welcome.admin.security.StaffPrincipal;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Coordinators see open and waiting requests by their shape only, never what anyone wrote. */
@SpringBootTest
@AutoConfigureMockMvc
class HandoffsPageTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    private static StaffPrincipal staff(Role role) {
        return new StaffPrincipal(1, role.name().toLowerCase(), "Name " + role, role, null, "{noop}x", true, false);
    }

    private long conversation(String key, int pseudonym) {
        return jdbc.queryForObject("""
                insert into conversation (channel, external_id, pseudonym, state, lang, asker_ref)
                values ('TELEGRAM', ?, ?, 'ACTIVE', 'ar', ?) returning id""", Long.class, key, pseudonym, key + "-asker");
    }

    @Test
    void waitingAndConnectedRequestsWithoutNotesOrMessages() throws Exception {
        long guide = jdbc.queryForObject("""
                insert into guide (display_name, telegram_user_id, languages, setup_step) values ('Hana', 882001, '{uk}', 'READY')
                returning id""", Long.class);
        jdbc.update("""
                insert into handoff (conversation_id, state, lang, city, topic, note, requested_at)
                values (?, 'WAITING', 'ar', 'essen', 'housing', 'SECRET NOTE about my landlord', now() - interval '95 minutes')""",
                conversation("882100", 1234));
        jdbc.update("""
                insert into handoff (conversation_id, state, lang, city, note, guide_id, requested_at, accepted_at)
                values (?, 'CONNECTED', 'uk', null, 'ANOTHER SECRET', ?, now() - interval '1 hour', now() - interval '50 minutes')""",
                conversation("882101", 1235), guide);
        jdbc.update("insert into handoff (conversation_id, state, lang) values (?, 'CLOSED', 'tr')", conversation("882102", 1236));

        mvc.perform(get("/admin/handoffs").with(user(staff(Role.COORDINATOR))).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Newcomer 1234")))
                .andExpect(content().string(containsString("Arabic")))
                .andExpect(content().string(containsString("Essen")))
                .andExpect(content().string(containsString("Housing")))
                .andExpect(content().string(containsString("1 h 35 min")))
                .andExpect(content().string(containsString("Newcomer 1235")))
                .andExpect(content().string(containsString("Ukrainian")))
                .andExpect(content().string(containsString("Whole region")))
                .andExpect(content().string(containsString("Hana")))
                .andExpect(content().string(not(containsString("Newcomer 1236"))))
                .andExpect(content().string(not(containsString("SECRET"))))
                .andExpect(content().string(not(containsString("882100"))))
                .andExpect(content().string(not(containsString("882001"))));
        mvc.perform(get("/admin/handoffs").with(user(staff(Role.ADMIN))).header("Accept-Language", "de"))
                .andExpect(content().string(containsString("Neuankommende Person 1234")))
                .andExpect(content().string(containsString("1 Std. 35 Min.")));
    }

    @Test
    void editorsAndStrangersCannotSeeIt() throws Exception {
        mvc.perform(get("/admin/handoffs").with(user(staff(Role.EDITOR)))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/handoffs")).andExpect(redirectedUrl("/admin/login"));
        mvc.perform(get("/admin").with(user(staff(Role.EDITOR))))
                .andExpect(content().string(not(containsString("href=\"/admin/handoffs\""))));
        mvc.perform(get("/admin").with(user(staff(Role.COORDINATOR))))
                .andExpect(content().string(containsString("href=\"/admin/handoffs\"")))
                .andExpect(content().string(containsString("href=\"/admin/handoffs/figures\"")));
    }
}
