package ruhr.welcome.admin.security;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Sign-in, CSRF, throttling, headers and the password policy of the console, on a real database. */
@SpringBootTest
@AutoConfigureMockMvc
class ConsoleSecurityTest {

    private static final String PASSWORD = "Ruhr-Welcome-2026!";

    @Autowired
    MockMvc mvc;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    JdbcTemplate jdbc;

    private void account(String username, Role role, String city) {
        tx.executeWithoutResult(s -> accounts.create(username, "Name of " + username, PASSWORD, role, city, "test"));
    }

    @Test
    void theConsoleAsksToSignInFirst() throws Exception {
        mvc.perform(get("/admin")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/admin/login"));
        mvc.perform(get("/admin/login").header("Accept-Language", "de"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("name=\"_csrf\"")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Anmelden")))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Content-Security-Policy", org.hamcrest.Matchers.containsString("frame-ancestors 'none'")));
    }

    @Test
    void signInWithTheRightPasswordOpensTheConsole() throws Exception {
        account("editor.essen", Role.EDITOR, "essen");
        var result = mvc.perform(post("/admin/login").param("username", "Editor.Essen").param("password", PASSWORD).with(csrf()))
                .andExpect(redirectedUrl("/admin")).andReturn();
        var session = (MockHttpSession) result.getRequest().getSession();
        mvc.perform(get("/admin").session(session).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Welcome, Name of editor.essen")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("essen")));
        mvc.perform(get("/admin/staff").session(session)).andExpect(status().isForbidden());
    }

    @Test
    void signInWithoutACsrfTokenIsRefused() throws Exception {
        account("no.token", Role.COORDINATOR, null);
        mvc.perform(post("/admin/login").param("username", "no.token").param("password", PASSWORD))
                .andExpect(status().isForbidden());
    }

    @Test
    void repeatedWrongPasswordsLockTheAccountEvenForTheRightOne() throws Exception {
        account("guessed", Role.COORDINATOR, null);
        for (int i = 0; i < 5; i++) {
            mvc.perform(post("/admin/login").param("username", "guessed").param("password", "wrong-" + i).with(csrf()))
                    .andExpect(redirectedUrl("/admin/login?error"));
        }
        assertThat(jdbc.queryForObject("select locked_until > now() from staff_user where username = 'guessed'", Boolean.class)).isTrue();
        mvc.perform(post("/admin/login").param("username", "guessed").param("password", PASSWORD).with(csrf()))
                .andExpect(redirectedUrl("/admin/login?error"));
    }

    @Test
    void aSuccessfulSignInResetsTheCount() throws Exception {
        account("forgetful", Role.EDITOR, null);
        for (int i = 0; i < 3; i++) {
            mvc.perform(post("/admin/login").param("username", "forgetful").param("password", "nope").with(csrf()));
        }
        mvc.perform(post("/admin/login").param("username", "forgetful").param("password", PASSWORD).with(csrf()))
                .andExpect(redirectedUrl("/admin"));
        assertThat(jdbc.queryForObject("select failed_logins from staff_user where username = 'forgetful'", Integer.class)).isZero();
    }

    @Test
    void weakPasswordsAreRefusedAndHashesAreNeverPlain() {
        assertThatThrownBy(() -> account("weak.one", Role.EDITOR, null, "short")).hasMessageContaining("at least 12");
        assertThatThrownBy(() -> account("weak.two", Role.EDITOR, null, "password1234")).hasMessageContaining("too easy");
        assertThatThrownBy(() -> account("weak.three", Role.EDITOR, null, "aaaaaaaaaaaaaaaa")).hasMessageContaining("too easy");
        account("strong", Role.EDITOR, null);
        String hash = jdbc.queryForObject("select password_hash from staff_user where username = 'strong'", String.class);
        assertThat(hash).startsWith("{bcrypt}").doesNotContain(PASSWORD);
        assertThat(jdbc.queryForObject("select count(*) from audit_log where action = 'staff.create' and subject = 'staff:strong'",
                Integer.class)).isEqualTo(1);
    }

    @Test
    void unknownPathsAreClosed() throws Exception {
        mvc.perform(get("/internal/anything")).andExpect(status().isForbidden());
    }

    private void account(String username, Role role, String city, String password) {
        tx.executeWithoutResult(s -> accounts.create(username, null, password, role, city, "test"));
    }
}
