package ruhr.welcome.admin.api;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A token for automation. Its secret is never stored, only the SHA-256 and a short hint to recognise it. */
@Entity
@Table(name = "api_token")
class ApiToken {

    /** Where a token stands; only an active one opens the API. */
    enum State { ACTIVE, EXPIRED, REVOKED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String name;

    @Column(name = "token_hash", nullable = false, unique = true)
    private String tokenHash;

    @Column(nullable = false)
    private String hint;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TokenRole role;

    private String city;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.now();

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revoked_by")
    private String revokedBy;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    protected ApiToken() {
    }

    ApiToken(String name, String tokenHash, String hint, TokenRole role, String city, String createdBy, Instant expiresAt) {
        if (city != null && role != TokenRole.EDITOR) {
            throw new IllegalArgumentException("city: only an editor token can be limited to a city");
        }
        this.name = name;
        this.tokenHash = tokenHash;
        this.hint = hint;
        this.role = role;
        this.city = city;
        this.createdBy = createdBy;
        this.expiresAt = expiresAt;
    }

    State stateAt(Instant now) {
        if (revokedAt != null) {
            return State.REVOKED;
        }
        return expiresAt != null && !expiresAt.isAfter(now) ? State.EXPIRED : State.ACTIVE;
    }

    /** Revoking is final: a revoked token cannot be revoked again (nor brought back). */
    void revoke(String actor, Instant now) {
        if (revokedAt != null) {
            throw new IllegalStateException("token " + name + " is already revoked");
        }
        revokedAt = now;
        revokedBy = actor;
    }

    Long getId() { return id; }
    String getName() { return name; }
    String getHint() { return hint; }
    TokenRole getRole() { return role; }
    String getCity() { return city; }
    String getCreatedBy() { return createdBy; }
    Instant getCreatedAt() { return createdAt; }
    Instant getExpiresAt() { return expiresAt; }
    Instant getRevokedAt() { return revokedAt; }
    String getRevokedBy() { return revokedBy; }
    Instant getLastUsedAt() { return lastUsedAt; }
}
