package ruhr.welcome.bot.guide.console;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import ruhr.welcome.admin.security.Role;
import ruhr.welcome.admin.security.StaffPrincipal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Coordinators see the guides and create invitations; editors and strangers do not. */
@SpringBootTest(properties = "welcome.telegram.bot-username=welcome_ruhr_bot")
@AutoConfigureMockMvc
class GuidesPageTest {

    private static final StaffPrincipal COORDINATOR = staff(Role.COORDINATOR);
    private static final StaffPrincipal EDITOR = staff(Role.EDITOR);

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    private static StaffPrincipal staff(Role role) {
        return new StaffPrincipal(1, role.name().toLowerCase(), "Name " + role, role, null, "{noop}x", true, false);
    }

    @Test
    void coordinatorsSeeGuidesWithoutTheirAccountsAndCreateAnInvitation() throws Exception {
        jdbc.update("""
                insert into guide (display_name, telegram_user_id, languages, cities, setup_step)
                values ('Amal <b>', 777001, '{ar,de}', '{essen,gelsenkirchen}', 'READY')""");
        mvc.perform(get("/admin/guides").with(user(COORDINATOR)).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Amal &lt;b&gt;")))
                .andExpect(content().string(containsString("ar, de")))
                .andExpect(content().string(containsString("Essen, Gelsenkirchen"))) // names, not the stored ids
                .andExpect(content().string(containsString("href=\"/admin/guides\"")))
                .andExpect(content().string(not(containsString("777001"))));

        int before = jdbc.queryForObject("select count(*) from guide_invite", Integer.class);
        mvc.perform(post("/admin/guides/invitations").with(user(COORDINATOR)).with(csrf()).header("Accept-Language", "de"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("https://t.me/welcome_ruhr_bot?start=guide-")))
                .andExpect(content().string(containsString("Neue Einladung")));
        assertThat(jdbc.queryForObject("select count(*) from guide_invite", Integer.class)).isEqualTo(before + 1);
        assertThat(jdbc.queryForObject("select count(*) from audit_log where action = 'guide.invite'", Integer.class)).isPositive();
    }

    @Test
    void editorsAndStrangersCannotOpenIt() throws Exception {
        mvc.perform(get("/admin/guides").with(user(EDITOR))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/guides/invitations").with(user(EDITOR)).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post("/admin/guides/invitations").with(user(COORDINATOR))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/guides")).andExpect(redirectedUrl("/admin/login"));
    }
}
