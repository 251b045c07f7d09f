package ruhr.welcome.admin.security;

import java.time.Instant;
import java.util.Locale;
import java.util.Set;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ruhr.welcome.knowledge.faq.City;

/** Staff accounts: sign-in lookup and creation with a password policy. */
@Service
public class StaffAccounts implements UserDetailsService {

    public static final int MIN_PASSWORD_LENGTH = 12;
    /** Passwords that appear in every default-credentials list never work, however long. */
    private static final Set<String> KNOWN_DEFAULTS = Set.of("adminadminadmin", "administrator", "changeme1234",
            "password1234", "passwort1234", "welcome12345", "welcomeruhr123", "123456789012", "qwertzuiop12");

    private final StaffUserRepository users;
    private final PasswordEncoder passwords;
    private final AuditLog audit;

    StaffAccounts(StaffUserRepository users, PasswordEncoder passwords, AuditLog audit) {
        this.users = users;
        this.passwords = passwords;
        this.audit = audit;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        return users.findByUsernameIgnoreCase(username.strip())
                .map(StaffAccounts::principal)
                .orElseThrow(() -> new UsernameNotFoundException("no such staff account"));
    }

    /** Creates an account; the actor is who did it, for the audit log. */
    @Transactional
    public StaffPrincipal create(String username, String displayName, String rawPassword, Role role, String city,
                                 String actor) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        if (!name.matches("[a-z0-9._@-]{3,80}")) {
            throw new IllegalArgumentException("username: 3 to 80 letters, digits or . _ @ -");
        }
        if (users.findByUsernameIgnoreCase(name).isPresent()) {
            throw new IllegalArgumentException("username: already taken");
        }
        checkPassword(rawPassword, name);
        if (city != null && City.byId(city).isEmpty()) {
            throw new IllegalArgumentException("city: unknown city " + city);
        }
        var user = users.save(new StaffUser(name, displayName == null || displayName.isBlank() ? name : displayName.strip(),
                passwords.encode(rawPassword), role, city));
        audit.record(actor, "staff.create", "staff:" + name, null,
                "{\"role\":\"" + role + "\",\"city\":" + (user.getCity() == null ? "null" : "\"" + user.getCity() + "\"") + "}");
        return principal(user);
    }

    @Transactional(readOnly = true)
    public boolean anyAdmin() {
        return users.existsByRole(Role.ADMIN);
    }

    static void checkPassword(String raw, String username) {
        if (raw == null || raw.length() < MIN_PASSWORD_LENGTH) {
            throw new IllegalArgumentException("password: at least " + MIN_PASSWORD_LENGTH + " characters");
        }
        String lower = raw.toLowerCase(Locale.ROOT);
        if (KNOWN_DEFAULTS.contains(lower) || lower.contains(username) || lower.chars().distinct().count() < 5) {
            throw new IllegalArgumentException("password: too easy to guess");
        }
    }

    private static StaffPrincipal principal(StaffUser user) {
        return new StaffPrincipal(user.getId(), user.getUsername(), user.getDisplayName(), user.getRole(), user.getCity(),
                user.getPasswordHash(), user.isEnabled(), user.isLockedAt(Instant.now()));
    }
}
