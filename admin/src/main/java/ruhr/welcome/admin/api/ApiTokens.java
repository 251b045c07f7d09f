package ruhr.welcome.admin.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import ruhr.welcome.admin.security.AuditLog;
import ruhr.welcome.knowledge.faq.City;

/**
 * API tokens: created by an admin in the console, shown once, stored as a hash, revocable. Every
 * creation and revocation is in the audit log; each use records when the token was last used.
 */
@Service
public class ApiTokens {

    /** Recognisable in logs and secret scanners; the rest is 256 random bits. */
    static final String PREFIX = "wrt_";
    private static final int HINT_LENGTH = PREFIX.length() + 6;
    /** Longer header values are not tokens of ours, and are not worth hashing. */
    private static final int MAX_SECRET_LENGTH = 100;

    /** A token as the console lists it: never its secret. */
    public record TokenView(long id, String name, String hint, TokenRole role, String city, String createdBy,
                            Instant createdAt, Instant expiresAt, Instant lastUsedAt, Instant revokedAt,
                            String revokedBy, String state) {
    }

    /** A new token: {@code secret} is shown once to the admin who made it and never again. */
    public record Issued(String secret, TokenView token) {
        @Override
        public String toString() {
            return "Issued[" + token.name() + "]";
        }
    }

    /** Why a presented token does not open the API. */
    public enum Refusal { UNKNOWN, EXPIRED, REVOKED }

    /** The caller, or why not. */
    public record Check(ApiClient client, Refusal refusal) {
    }

    private final SecureRandom random = new SecureRandom();
    private final ApiTokenRepository tokens;
    private final JdbcTemplate jdbc;
    private final AuditLog audit;

    ApiTokens(ApiTokenRepository tokens, JdbcTemplate jdbc, AuditLog audit) {
        this.tokens = tokens;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /**
     * @param expiresAt null for a token without expiry
     * @throws IllegalArgumentException naming the field and the rule when an input is not acceptable
     */
    @Transactional
    public Issued create(String name, TokenRole role, String city, Instant expiresAt, String actor) {
        String cleanName = name == null ? "" : name.strip();
        if (!cleanName.matches("[\\p{L}\\p{N} ._-]{3,60}")) {
            throw new TokenRefused("name", "name-format", "3 to 60 letters, digits, spaces or . _ -");
        }
        if (tokens.existsByNameIgnoreCase(cleanName)) {
            throw new TokenRefused("name", "name-taken", "already used by another token");
        }
        if (role == null) {
            throw new TokenRefused("role", "role-missing", "missing");
        }
        String cleanCity = city == null || city.isBlank() ? null : city.strip();
        if (cleanCity != null && City.byId(cleanCity).isEmpty()) {
            throw new TokenRefused("city", "city-unknown", "unknown city");
        }
        if (cleanCity != null && role != TokenRole.EDITOR) {
            throw new TokenRefused("city", "city-not-editor", "only an editor token can be limited to a city");
        }
        if (expiresAt != null && !expiresAt.isAfter(Instant.now())) {
            throw new TokenRefused("expiresAt", "expiry-past", "must be in the future");
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        var token = tokens.save(new ApiToken(cleanName, hash(secret), secret.substring(0, HINT_LENGTH), role, cleanCity,
                actor, expiresAt));
        audit.record(actor, "api-token.create", subject(token), null, json(token));
        return new Issued(secret, view(token, Instant.now()));
    }

    @Transactional(readOnly = true)
    public List<TokenView> list() {
        Instant now = Instant.now();
        return tokens.findAllByOrderByCreatedAtDesc().stream().map(t -> view(t, now)).toList();
    }

    /** Revokes at once: the next request with this token is refused. */
    @Transactional
    public void revoke(long id, String actor) {
        var token = tokens.findById(id).orElseThrow(() -> new TokenRefused("token", "not-found", "no such token"));
        String before = json(token);
        token.revoke(actor, Instant.now());
        audit.record(actor, "api-token.revoke", subject(token), before, json(token));
    }

    /** Checks a presented secret; an active token's last use is recorded (at most once a minute). */
    @Transactional
    public Check authenticate(String secret) {
        if (secret == null || !secret.startsWith(PREFIX) || secret.length() > MAX_SECRET_LENGTH) {
            return new Check(null, Refusal.UNKNOWN);
        }
        Optional<ApiToken> found = tokens.findByTokenHash(hash(secret));
        if (found.isEmpty()) {
            return new Check(null, Refusal.UNKNOWN);
        }
        var token = found.get();
        switch (token.stateAt(Instant.now())) {
            case REVOKED -> {
                return new Check(null, Refusal.REVOKED);
            }
            case EXPIRED -> {
                return new Check(null, Refusal.EXPIRED);
            }
            case ACTIVE -> {
                jdbc.update("update api_token set last_used_at = now() where id = ? "
                        + "and (last_used_at is null or last_used_at < now() - interval '1 minute')", token.getId());
                return new Check(new ApiClient(token.getId(), token.getName(), token.getRole(), token.getCity()), null);
            }
        }
        throw new IllegalStateException("unreachable");
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static String subject(ApiToken token) {
        return "api-token:" + token.getName();
    }

    private static String json(ApiToken token) {
        var state = new LinkedHashMap<String, Object>();
        state.put("role", token.getRole().name());
        state.put("city", token.getCity());
        state.put("expiresAt", token.getExpiresAt() == null ? null : token.getExpiresAt().toString());
        state.put("revoked", token.getRevokedAt() != null);
        return JsonMapper.shared().writeValueAsString(state);
    }

    private static TokenView view(ApiToken t, Instant now) {
        return new TokenView(t.getId(), t.getName(), t.getHint(), t.getRole(), t.getCity(), t.getCreatedBy(),
                t.getCreatedAt(), t.getExpiresAt(), t.getLastUsedAt(), t.getRevokedAt(), t.getRevokedBy(),
                t.stateAt(now).name().toLowerCase(java.util.Locale.ROOT));
    }
}
