package ruhr.welcome.admin.staff;

import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

import ruhr.welcome.admin.security.Role;
import ruhr.welcome.admin.security.StaffAccounts;
import ruhr.welcome.admin.security.StaffPrincipal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Admins manage staff accounts; every change is audited, passwords are shown once and hashes never. */
@SpringBootTest
@AutoConfigureMockMvc
class StaffPageTest {

    private static final String PASSWORD = "Zeche-Zollverein-1986";
    private static final StaffPrincipal ADMIN = new StaffPrincipal(1, "admin.anna", "Anna", Role.ADMIN, null, "{noop}x", true, false);

    @Autowired
    MockMvc mvc;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate tx;

    private long account(String username, String displayName, Role role, String city) {
        return tx.execute(s -> accounts.create(username, displayName, PASSWORD, role, city, "test")).id();
    }

    private static MockHttpServletRequestBuilder en(MockHttpServletRequestBuilder request) {
        return request.header("Accept-Language", "en");
    }

    private MockHttpSession signIn(String username, String password) throws Exception {
        var result = mvc.perform(post("/admin/login").param("username", username).param("password", password).with(csrf()))
                .andExpect(redirectedUrl("/admin")).andReturn();
        return (MockHttpSession) result.getRequest().getSession();
    }

    @Test
    void adminsSeeTheAccountsWithoutHashesAndWithHostileNamesEscaped() throws Exception {
        account("staff.list.editor", "<script>alert('x')</script>", Role.EDITOR, "bochum");
        mvc.perform(en(get("/admin/staff")).with(user(ADMIN)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("staff.list.editor")))
                .andExpect(content().string(containsString("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")))
                .andExpect(content().string(containsString("for Bochum")))
                .andExpect(content().string(containsString("href=\"/admin/staff/tokens\"")))
                .andExpect(content().string(not(containsString("{bcrypt}"))))
                .andExpect(content().string(not(containsString("$2a$"))))
                .andExpect(content().string(not(containsString(PASSWORD))));
    }

    @Test
    void aNewAccountGetsAGeneratedPasswordShownOnceThatWorks() throws Exception {
        String page = mvc.perform(en(post("/admin/staff")).with(user(ADMIN)).with(csrf())
                        .param("username", "New.Editor").param("displayName", "Nele").param("role", "EDITOR")
                        .param("city", "herne").param("password", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The account was created.")))
                .andExpect(content().string(containsString("Password for new.editor")))
                .andReturn().getResponse().getContentAsString();
        var matcher = Pattern.compile("<code>([A-Za-z0-9]{20})</code>").matcher(page);
        assertThat(matcher.find()).isTrue();
        String generated = matcher.group(1);

        mvc.perform(get("/admin/staff").with(user(ADMIN))).andExpect(content().string(not(containsString(generated))));
        assertThat(jdbc.queryForObject("select role || ':' || city from staff_user where username = 'new.editor'", String.class))
                .isEqualTo("EDITOR:herne");
        assertThat(jdbc.queryForObject("select count(*) from audit_log where action = 'staff.create' and actor = 'admin.anna' "
                + "and subject = 'staff:new.editor'", Integer.class)).isEqualTo(1);
        assertThat(jdbc.queryForList("select coalesce(after_json, '') from audit_log where subject = 'staff:new.editor'", String.class))
                .noneMatch(json -> json.contains(generated));
        signIn("new.editor", generated);
    }

    @Test
    void aChosenPasswordMustBeStrongAndIsNeverShownBack() throws Exception {
        mvc.perform(en(post("/admin/staff")).with(user(ADMIN)).with(csrf())
                        .param("username", "weak.choice").param("role", "COORDINATOR").param("password", "password1234"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("too easy to guess")))
                .andExpect(content().string(containsString("value=\"weak.choice\"")))
                .andExpect(content().string(not(containsString("password1234"))));
        assertThat(jdbc.queryForObject("select count(*) from staff_user where username = 'weak.choice'", Integer.class)).isZero();

        mvc.perform(post("/admin/staff").header("Accept-Language", "de").with(user(ADMIN)).with(csrf())
                        .param("username", "strong.choice").param("role", "COORDINATOR").param("password", PASSWORD))
                .andExpect(content().string(containsString("Das Konto wurde angelegt.")))
                .andExpect(content().string(not(containsString(PASSWORD))));
        signIn("strong.choice", PASSWORD);
    }

    @Test
    void disablingEndsTheSessionAndSignInUntilEnabledAgain() throws Exception {
        long id = account("to.disable", null, Role.EDITOR, null);
        var session = signIn("to.disable", PASSWORD);
        mvc.perform(get("/admin").session(session)).andExpect(status().isOk());

        mvc.perform(post("/admin/staff/" + id + "/enabled").param("enabled", "false").with(user(ADMIN)).with(csrf()))
                .andExpect(redirectedUrl("/admin/staff"))
                .andExpect(flash().attribute("done", "disabled"));
        mvc.perform(get("/admin").session(session)).andExpect(redirectedUrl("/admin/login"));
        mvc.perform(post("/admin/login").param("username", "to.disable").param("password", PASSWORD).with(csrf()))
                .andExpect(redirectedUrl("/admin/login?error"));
        assertThat(jdbc.queryForObject("select count(*) from audit_log where action = 'staff.disable' and subject = 'staff:to.disable'",
                Integer.class)).isEqualTo(1);

        mvc.perform(post("/admin/staff/" + id + "/enabled").param("enabled", "true").with(user(ADMIN)).with(csrf()))
                .andExpect(flash().attribute("done", "enabled"));
        signIn("to.disable", PASSWORD);
    }

    @Test
    void unlockingLiftsTheLockAfterWrongPasswords() throws Exception {
        long id = account("locked.out", null, Role.COORDINATOR, null);
        for (int i = 0; i < 5; i++) {
            mvc.perform(post("/admin/login").param("username", "locked.out").param("password", "wrong-" + i).with(csrf()));
        }
        mvc.perform(en(get("/admin/staff")).with(user(ADMIN))).andExpect(content().string(containsString("locked until")));
        mvc.perform(post("/admin/staff/" + id + "/unlock").with(user(ADMIN)).with(csrf()))
                .andExpect(flash().attribute("done", "unlocked"));
        signIn("locked.out", PASSWORD);
        assertThat(jdbc.queryForObject("select count(*) from audit_log where action = 'staff.unlock' and subject = 'staff:locked.out'",
                Integer.class)).isEqualTo(1);
    }

    @Test
    void aRoleChangeIsAuditedAndEndsTheSession() throws Exception {
        long id = account("changing.role", null, Role.EDITOR, "essen");
        var session = signIn("changing.role", PASSWORD);
        mvc.perform(post("/admin/staff/" + id + "/role").param("role", "COORDINATOR").param("city", "essen")
                        .with(user(ADMIN)).with(csrf()))
                .andExpect(flash().attribute("done", "role"));
        assertThat(jdbc.queryForObject("select role || ':' || coalesce(city, '-') from staff_user where id = ?", String.class, id))
                .isEqualTo("COORDINATOR:-");
        assertThat(jdbc.queryForObject("select before_json || ' -> ' || after_json from audit_log where action = 'staff.role' "
                + "and subject = 'staff:changing.role'", String.class))
                .contains("\"role\":\"EDITOR\"", "\"city\":\"essen\"", "\"role\":\"COORDINATOR\"");
        mvc.perform(get("/admin").session(session)).andExpect(redirectedUrl("/admin/login"));
        mvc.perform(post("/admin/staff/" + id + "/role").param("role", "EDITOR").param("city", "atlantis")
                        .with(user(ADMIN)).with(csrf()))
                .andExpect(flash().attribute("error", "city-unknown"));
    }

    @Test
    void adminsDoNotLockThemselvesOrTheLastAdminOut() throws Exception {
        long self = account("self.admin", null, Role.ADMIN, null);
        var me = new StaffPrincipal(self, "self.admin", "Me", Role.ADMIN, null, "{noop}x", true, false);
        mvc.perform(post("/admin/staff/" + self + "/enabled").param("enabled", "false").with(user(me)).with(csrf()))
                .andExpect(flash().attribute("error", "self"));
        mvc.perform(post("/admin/staff/" + self + "/role").param("role", "EDITOR").with(user(me)).with(csrf()))
                .andExpect(flash().attribute("error", "self"));

        List<Long> others = jdbc.queryForList("select id from staff_user where role = 'ADMIN' and enabled and id <> ?", Long.class, self);
        others.forEach(other -> jdbc.update("update staff_user set enabled = false where id = ?", other));
        try {
            mvc.perform(post("/admin/staff/" + self + "/enabled").param("enabled", "false").with(user(ADMIN)).with(csrf()))
                    .andExpect(flash().attribute("error", "last-admin"));
            mvc.perform(post("/admin/staff/" + self + "/role").param("role", "COORDINATOR").with(user(ADMIN)).with(csrf()))
                    .andExpect(flash().attribute("error", "last-admin"));
        } finally {
            others.forEach(other -> jdbc.update("update staff_user set enabled = true where id = ?", other));
        }
        assertThat(jdbc.queryForObject("select enabled from staff_user where id = ?", Boolean.class, self)).isTrue();
    }

    @Test
    void aNewPasswordIsShownOnceAndReplacesTheOldOne() throws Exception {
        long id = account("forgot.it", null, Role.EDITOR, null);
        String page = mvc.perform(en(post("/admin/staff/" + id + "/password")).with(user(ADMIN)).with(csrf()))
                .andExpect(content().string(containsString("Password for forgot.it")))
                .andReturn().getResponse().getContentAsString();
        var matcher = Pattern.compile("<code>([A-Za-z0-9]{20})</code>").matcher(page);
        assertThat(matcher.find()).isTrue();
        mvc.perform(post("/admin/login").param("username", "forgot.it").param("password", PASSWORD).with(csrf()))
                .andExpect(redirectedUrl("/admin/login?error"));
        signIn("forgot.it", matcher.group(1));
        assertThat(jdbc.queryForObject("select count(*) from audit_log where action = 'staff.password' and subject = 'staff:forgot.it'",
                Integer.class)).isEqualTo(1);
    }

    @Test
    void onlyAdminsWithACsrfTokenReachTheStaffPages() throws Exception {
        var editor = new StaffPrincipal(2, "ed", "Ed", Role.EDITOR, null, "{noop}x", true, false);
        var coordinator = new StaffPrincipal(3, "co", "Co", Role.COORDINATOR, null, "{noop}x", true, false);
        for (var who : List.of(editor, coordinator)) {
            mvc.perform(get("/admin/staff").with(user(who))).andExpect(status().isForbidden());
            mvc.perform(get("/admin/staff/tokens").with(user(who))).andExpect(status().isForbidden());
            mvc.perform(post("/admin/staff").with(user(who)).with(csrf()).param("username", "sneaky").param("role", "ADMIN"))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/admin/staff/tokens").with(user(who)).with(csrf()).param("name", "sneaky").param("role", "EDITOR"))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/admin/staff")).andExpect(redirectedUrl("/admin/login"));
        mvc.perform(post("/admin/staff").with(user(ADMIN)).param("username", "no.csrf").param("role", "ADMIN"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/staff/tokens").with(user(ADMIN)).param("name", "no csrf").param("role", "EDITOR"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/staff/1/enabled").with(user(ADMIN)).param("enabled", "false"))
                .andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("select count(*) from staff_user where username in ('sneaky', 'no.csrf')", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from api_token where name in ('sneaky', 'no csrf')", Integer.class)).isZero();

        mvc.perform(get("/admin").with(user(ADMIN))).andExpect(content().string(containsString("href=\"/admin/staff\"")));
        mvc.perform(get("/admin").with(user(editor))).andExpect(content().string(not(containsString("href=\"/admin/staff\""))));
    }
}
