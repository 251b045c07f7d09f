package ruhr.welcome.admin.security;

import java.time.Instant;

/**
 * A staff account as the admins' page lists it: never its password or hash.
 *
 * @param lockedUntil set while the account is locked after wrong passwords, else null
 */
public record StaffView(long id, String username, String displayName, Role role, String city, boolean enabled,
                        Instant lockedUntil, int failedLogins, Instant createdAt) {
}
