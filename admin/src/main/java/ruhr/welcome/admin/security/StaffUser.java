package ruhr.welcome.admin.security;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A staff account of the console. The password is only ever stored as a slow, salted hash. */
@Entity
@Table(name = "staff_user")
class StaffUser {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String username;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Role role;

    private String city;

    private boolean enabled = true;

    @Column(name = "failed_logins")
    private int failedLogins;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.now();

    protected StaffUser() {
    }

    StaffUser(String username, String displayName, String passwordHash, Role role, String city) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.role = role;
        this.city = role == Role.EDITOR ? city : null;
    }

    /** Counts a wrong password; from the threshold on, each further failure doubles the lock. */
    void loginFailed(int threshold, Duration firstLock, Instant now) {
        failedLogins++;
        if (failedLogins >= threshold) {
            int doublings = Math.min(failedLogins - threshold, 6);
            lockedUntil = now.plus(firstLock.multipliedBy(1L << doublings));
        }
    }

    void loginSucceeded() {
        failedLogins = 0;
        lockedUntil = null;
    }

    /** Signing in works again at once: the count of wrong passwords and any lock are cleared. */
    void unlock() {
        loginSucceeded();
    }

    void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    /** Only an editor can be limited to a city; for other roles the city is dropped. */
    void changeRole(Role role, String city) {
        this.role = role;
        this.city = role == Role.EDITOR ? city : null;
    }

    void changePassword(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    Long getId() { return id; }
    String getUsername() { return username; }
    String getDisplayName() { return displayName; }
    String getPasswordHash() { return passwordHash; }
    Role getRole() { return role; }
    String getCity() { return city; }
    boolean isEnabled() { return enabled; }
    int getFailedLogins() { return failedLogins; }
    Instant getLockedUntil() { return lockedUntil; }
    Instant getCreatedAt() { return createdAt; }
}
