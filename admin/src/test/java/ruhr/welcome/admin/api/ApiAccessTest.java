package ruhr.welcome.admin.api;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import org.springframework.mock.web.MockHttpSession;

import ruhr.welcome.admin.security.Role;
import ruhr.welcome.admin.security.StaffAccounts;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Who gets into the API: bearer tokens only, each refusal a problem detail saying why. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestTokens.class)
class ApiAccessTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestTokens tokens;
    @Autowired
    ApiTokens apiTokens;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    org.springframework.transaction.support.TransactionTemplate tx;

    @Test
    void withoutATokenTheApiAnswers401WithAChallenge() throws Exception {
        mvc.perform(get("/api/v1/entries"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", "Bearer realm=\"welcome.ruhr API\""))
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value(Problems.TYPE_PREFIX + "unauthorized"))
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(jsonPath("$.detail").value(containsString("Authorization: Bearer")));
    }

    @Test
    void aWrongOrMalformedTokenIsRefusedWithTheReason() throws Exception {
        mvc.perform(get("/api/v1/entries").header("Authorization", "Bearer wrt_not-a-real-token"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", containsString("error=\"invalid_token\"")))
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/entries").header("Authorization", "Basic dXNlcjpwYXNz"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", containsString("error=\"invalid_request\"")));
    }

    @Test
    void revokedAndExpiredTokensNoLongerOpenTheApi() throws Exception {
        var revoked = tokens.issue(TokenRole.READ_ONLY, null, null);
        mvc.perform(get("/api/v1/entries").header("Authorization", TestTokens.bearer(revoked.secret()))).andExpect(status().isOk());
        tx.executeWithoutResult(s -> apiTokens.revoke(revoked.token().id(), "test.admin"));
        mvc.perform(get("/api/v1/entries").header("Authorization", TestTokens.bearer(revoked.secret())))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").value(containsString("revoked")));

        var expiring = tokens.issue(TokenRole.READ_ONLY, null, java.time.Instant.now().plusSeconds(3600));
        jdbc.update("update api_token set expires_at = now() - interval '1 second' where id = ?", expiring.token().id());
        mvc.perform(get("/api/v1/entries").header("Authorization", TestTokens.bearer(expiring.secret())))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").value(containsString("expired")));
    }

    @Test
    void aReadOnlyTokenReadsButCannotChange() throws Exception {
        String reader = tokens.reader();
        mvc.perform(get("/api/v1/entries").header("Authorization", TestTokens.bearer(reader))).andExpect(status().isOk());
        mvc.perform(post("/api/v1/import").header("Authorization", TestTokens.bearer(reader))
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isForbidden())
                .andExpect(header().string("WWW-Authenticate", containsString("error=\"insufficient_scope\"")))
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value(Problems.TYPE_PREFIX + "insufficient-role"));
    }

    @Test
    void aConsoleSessionDoesNotOpenTheApiAndNoSessionIsCreated() throws Exception {
        tx.executeWithoutResult(s -> accounts.create("api.session.admin", null, "Zeche-Zollverein-1986", Role.ADMIN, null, "test"));
        var signIn = mvc.perform(post("/admin/login").param("username", "api.session.admin")
                        .param("password", "Zeche-Zollverein-1986").with(csrf()))
                .andExpect(redirectedUrl("/admin")).andReturn();
        var session = (MockHttpSession) signIn.getRequest().getSession();
        mvc.perform(get("/api/v1/entries").session(session)).andExpect(status().isUnauthorized());
        mvc.perform(post("/api/v1/import").session(session).with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/entries").header("Authorization", TestTokens.bearer(tokens.reader())))
                .andExpect(status().isOk())
                .andExpect(request().sessionAttributeDoesNotExist("SPRING_SECURITY_CONTEXT"))
                .andExpect(header().doesNotExist("Set-Cookie"));
    }

    @Test
    void unknownRoutesAndWrongMethodsAreProblemsToo() throws Exception {
        String reader = TestTokens.bearer(tokens.reader());
        mvc.perform(get("/api/v1/no-such-thing").header("Authorization", reader))
                .andExpect(status().isNotFound())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value(Problems.TYPE_PREFIX + "no-route"));
        mvc.perform(patch("/api/v1/entries").header("Authorization", TestTokens.bearer(tokens.editor())))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(405))
                .andExpect(header().string("Allow", allOf(containsString("GET"), containsString("POST"))));
        mvc.perform(post("/api/v1/entries").header("Authorization", TestTokens.bearer(tokens.editor()))
                        .contentType(MediaType.TEXT_PLAIN).content("question?"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Unsupported Media Type"));
    }

    @Test
    void theOpenApiDescriptionIsPublic() throws Exception {
        mvc.perform(get("/api/v1/openapi.json"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.openapi").value(startsWith("3.1")));
    }
}
