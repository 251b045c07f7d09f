package ruhr.welcome.admin.staff;

import java.util.regex.Pattern;

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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Admins create API tokens (shown once), see their use and revoke them. */
@SpringBootTest
@AutoConfigureMockMvc
class TokensPageTest {

    private static final StaffPrincipal ADMIN = new StaffPrincipal(1, "admin.anna", "Anna", Role.ADMIN, null, "{noop}x", true, false);

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aNewTokenIsShownOnceWorksAgainstTheApiAndCanBeRevoked() throws Exception {
        String page = mvc.perform(post("/admin/staff/tokens").header("Accept-Language", "en").with(user(ADMIN)).with(csrf())
                        .param("name", "translation sync").param("role", "EDITOR").param("city", "essen").param("expires", "2099-12-31"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Token &quot;translation sync&quot;")))
                .andExpect(content().string(containsString("shown only this once")))
                .andReturn().getResponse().getContentAsString();
        var matcher = Pattern.compile("<code>(wrt_[A-Za-z0-9_-]{43})</code>").matcher(page);
        assertThat(matcher.find()).isTrue();
        String secret = matcher.group(1);
        assertThat(jdbc.queryForObject("select count(*) from api_token where token_hash = encode(sha256(?::bytea), 'hex')",
                Integer.class, secret)).isEqualTo(1);

        mvc.perform(get("/api/v1/entries").header("Authorization", "Bearer " + secret)).andExpect(status().isOk());
        mvc.perform(get("/admin/staff/tokens").header("Accept-Language", "en").with(user(ADMIN)))
                .andExpect(content().string(not(containsString(secret))))
                .andExpect(content().string(containsString(secret.substring(0, 10) + "…")))
                .andExpect(content().string(containsString("for Essen")))
                .andExpect(content().string(containsString("2100-01-01 00:00")))
                .andExpect(content().string(not(containsString("not yet"))));

        long id = jdbc.queryForObject("select id from api_token where name = 'translation sync'", Long.class);
        mvc.perform(post("/admin/staff/tokens/" + id + "/revoke").with(user(ADMIN)).with(csrf()))
                .andExpect(redirectedUrl("/admin/staff/tokens"))
                .andExpect(flash().attribute("done", "revoked"));
        mvc.perform(get("/api/v1/entries").header("Authorization", "Bearer " + secret)).andExpect(status().isUnauthorized());
        mvc.perform(get("/admin/staff/tokens").header("Accept-Language", "de").with(user(ADMIN)))
                .andExpect(content().string(containsString("widerrufen von admin.anna")));
        mvc.perform(post("/admin/staff/tokens/" + id + "/revoke").with(user(ADMIN)).with(csrf()))
                .andExpect(flash().attribute("error", "revoke"));
        assertThat(jdbc.queryForList("select action from audit_log where subject = 'api-token:translation sync' order by id", String.class))
                .containsExactly("api-token.create", "api-token.revoke");
    }

    @Test
    void refusalsAreExplainedAndTheFormKept() throws Exception {
        mvc.perform(post("/admin/staff/tokens").header("Accept-Language", "en").with(user(ADMIN)).with(csrf())
                        .param("name", "reader <b>essen</b>").param("role", "READ_ONLY"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The name needs 3 to 60 characters")))
                .andExpect(content().string(containsString("value=\"reader &lt;b&gt;essen&lt;/b&gt;\"")))
                .andExpect(content().string(not(containsString("<code>wrt_"))));
        mvc.perform(post("/admin/staff/tokens").header("Accept-Language", "en").with(user(ADMIN)).with(csrf())
                        .param("name", "reader essen").param("role", "READ_ONLY").param("city", "essen"))
                .andExpect(content().string(containsString("Only editor tokens can be limited to a city.")));
        mvc.perform(post("/admin/staff/tokens").header("Accept-Language", "en").with(user(ADMIN)).with(csrf())
                        .param("name", "yesterday").param("role", "READ_ONLY").param("expires", "2020-01-01"))
                .andExpect(content().string(containsString("must be in the future")));
        assertThat(jdbc.queryForObject("select count(*) from api_token where name in ('yesterday', 'reader essen', 'reader <b>essen</b>')",
                Integer.class)).isZero();
    }
}
