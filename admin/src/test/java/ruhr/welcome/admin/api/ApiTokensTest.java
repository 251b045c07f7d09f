package ruhr.welcome.admin.api;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Tokens on the real database: only a hash is stored, expiry and revocation are final, use is recorded. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class ApiTokensTest {

    @Autowired
    ApiTokens tokens;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate tx;

    private ApiTokens.Issued create(String name, TokenRole role, String city, Instant expires) {
        return tx.execute(s -> tokens.create(name, role, city, expires, "admin.anna"));
    }

    @Test
    void theSecretIsShownOnceAndOnlyItsHashIsStored() {
        var issued = create("nightly translation sync", TokenRole.EDITOR, "essen", null);
        assertThat(issued.secret()).startsWith("wrt_").hasSizeGreaterThanOrEqualTo(4 + 43);
        var row = jdbc.queryForMap("select * from api_token where id = ?", issued.token().id());
        assertThat(row.get("token_hash")).isEqualTo(ApiTokens.hash(issued.secret()));
        assertThat(row.values()).noneMatch(value -> value != null && value.toString().contains(issued.secret()));
        assertThat(issued.secret()).startsWith(issued.token().hint());
        assertThat(tokens.list()).anySatisfy(view -> {
            assertThat(view.name()).isEqualTo("nightly translation sync");
            assertThat(view.city()).isEqualTo("essen");
            assertThat(view.state()).isEqualTo("active");
        });
        assertThat(issued.toString()).doesNotContain(issued.secret());
        assertThat(jdbc.queryForObject("select count(*) from audit_log where action = 'api-token.create' and subject = ?",
                Integer.class, "api-token:nightly translation sync")).isEqualTo(1);
        assertThat(jdbc.queryForObject("select after_json from audit_log where subject = ?", String.class,
                "api-token:nightly translation sync")).doesNotContain(issued.secret()).contains("\"role\":\"EDITOR\"");
    }

    @Test
    void aValidTokenAuthenticatesAndItsUseIsRecorded() {
        var issued = create("stats exporter", TokenRole.READ_ONLY, null, Instant.now().plus(30, ChronoUnit.DAYS));
        assertThat(jdbc.queryForObject("select last_used_at from api_token where id = ?", Instant.class, issued.token().id())).isNull();
        var check = tx.execute(s -> tokens.authenticate(issued.secret()));
        assertThat(check.client()).isEqualTo(new ApiClient(issued.token().id(), "stats exporter", TokenRole.READ_ONLY, null));
        assertThat(jdbc.queryForObject("select last_used_at from api_token where id = ?", Instant.class, issued.token().id()))
                .isCloseTo(Instant.now(), org.assertj.core.api.Assertions.within(1, ChronoUnit.MINUTES));
        assertThat(tx.execute(s -> tokens.authenticate(issued.secret() + "x")).refusal()).isEqualTo(ApiTokens.Refusal.UNKNOWN);
        assertThat(tx.execute(s -> tokens.authenticate("not-even-ours")).refusal()).isEqualTo(ApiTokens.Refusal.UNKNOWN);
    }

    @Test
    void anExpiredTokenIsRefused() {
        var issued = create("short lived", TokenRole.EDITOR, null, Instant.now().plusSeconds(60));
        jdbc.update("update api_token set expires_at = now() - interval '1 minute' where id = ?", issued.token().id());
        assertThat(tx.execute(s -> tokens.authenticate(issued.secret())).refusal()).isEqualTo(ApiTokens.Refusal.EXPIRED);
        assertThat(tokens.list()).filteredOn(v -> v.id() == issued.token().id()).singleElement()
                .extracting(ApiTokens.TokenView::state).isEqualTo("expired");
    }

    @Test
    void revocationIsImmediateAuditedAndFinal() {
        var issued = create("old ci job", TokenRole.EDITOR, null, null);
        tx.executeWithoutResult(s -> tokens.revoke(issued.token().id(), "admin.ben"));
        assertThat(tx.execute(s -> tokens.authenticate(issued.secret())).refusal()).isEqualTo(ApiTokens.Refusal.REVOKED);
        assertThat(jdbc.queryForObject("select revoked_by from api_token where id = ?", String.class, issued.token().id()))
                .isEqualTo("admin.ben");
        assertThat(jdbc.queryForObject("select count(*) from audit_log where action = 'api-token.revoke' and actor = 'admin.ben'",
                Integer.class)).isEqualTo(1);
        assertThatThrownBy(() -> tx.executeWithoutResult(s -> tokens.revoke(issued.token().id(), "admin.ben")))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void badInputIsRefusedWithTheFieldNamed() {
        assertThatThrownBy(() -> create("x", TokenRole.EDITOR, null, null)).hasMessageStartingWith("name:");
        create("duplicate name", TokenRole.EDITOR, null, null);
        assertThatThrownBy(() -> create("Duplicate Name", TokenRole.EDITOR, null, null)).hasMessageContaining("already used");
        assertThatThrownBy(() -> create("reader in essen", TokenRole.READ_ONLY, "essen", null)).hasMessageStartingWith("city:");
        assertThatThrownBy(() -> create("paris editor", TokenRole.EDITOR, "paris", null)).hasMessageStartingWith("city:");
        assertThatThrownBy(() -> create("already over", TokenRole.EDITOR, null, Instant.now().minusSeconds(1)))
                .hasMessageStartingWith("expiresAt:");
    }
}
