package ruhr.welcome.admin.api;

import java.time.Instant;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Fresh tokens for tests; each test gets its own, so tests do not depend on each other. */
@Component
class TestTokens {

    private final ApiTokens tokens;
    private final TransactionTemplate tx;

    TestTokens(ApiTokens tokens, TransactionTemplate tx) {
        this.tokens = tokens;
        this.tx = tx;
    }

    String reader() {
        return issue(TokenRole.READ_ONLY, null, null).secret();
    }

    String editor() {
        return issue(TokenRole.EDITOR, null, null).secret();
    }

    String editorOf(String city) {
        return issue(TokenRole.EDITOR, city, null).secret();
    }

    ApiTokens.Issued issue(TokenRole role, String city, Instant expiresAt) {
        return tx.execute(s -> tokens.create("test " + UUID.randomUUID().toString().substring(0, 8), role, city, expiresAt,
                "test.admin"));
    }

    static String bearer(String secret) {
        return "Bearer " + secret;
    }
}
