package ruhr.welcome.admin.security;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import ruhr.welcome.knowledge.faq.City;

/**
 * Staff accounts: sign-in lookup, creation with a password policy, and the admins' changes
 * (enable, disable, unlock, role and city, new password), each in the audit log. A change that
 * takes rights away ends the account's open sessions.
 */
@Service
public class StaffAccounts implements UserDetailsService {

    public static final int MIN_PASSWORD_LENGTH = 12;
    /** Passwords that appear in every default-credentials list never work, however long. */
    private static final Set<String> KNOWN_DEFAULTS = Set.of("adminadminadmin", "administrator", "changeme1234",
            "password1234", "passwort1234", "welcome12345", "welcomeruhr123", "123456789012", "qwertzuiop12");
    /** No 0/O, 1/l/I: generated passwords are read off a screen and typed. */
    private static final String PASSWORD_ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int MAX_DISPLAY_NAME = 120;

    private final StaffUserRepository users;
    private final PasswordEncoder passwords;
    private final AuditLog audit;
    private final SessionRegistry sessions;
    private final SecureRandom random = new SecureRandom();

    StaffAccounts(StaffUserRepository users, PasswordEncoder passwords, AuditLog audit, SessionRegistry sessions) {
        this.users = users;
        this.passwords = passwords;
        this.audit = audit;
        this.sessions = sessions;
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
            throw new StaffChangeRefused("username", "username-format", "3 to 80 letters, digits or . _ @ -");
        }
        if (users.findByUsernameIgnoreCase(name).isPresent()) {
            throw new StaffChangeRefused("username", "username-taken", "already taken");
        }
        if (displayName != null && displayName.strip().length() > MAX_DISPLAY_NAME) {
            throw new StaffChangeRefused("displayName", "display-name-long", "at most " + MAX_DISPLAY_NAME + " characters");
        }
        if (role == null) {
            throw new StaffChangeRefused("role", "role-missing", "missing");
        }
        checkPassword(rawPassword, name);
        checkCity(city);
        var user = users.save(new StaffUser(name, displayName == null || displayName.isBlank() ? name : displayName.strip(),
                passwords.encode(rawPassword), role, blankToNull(city)));
        audit.record(actor, "staff.create", subject(user), null, json(user));
        return principal(user);
    }

    @Transactional(readOnly = true)
    public boolean anyAdmin() {
        return users.existsByRole(Role.ADMIN);
    }

    @Transactional(readOnly = true)
    public List<StaffView> list() {
        return users.findAllByOrderByUsernameAsc().stream().map(StaffAccounts::view).toList();
    }

    /** Disabling ends the account's sessions; nobody disables their own account or the last admin. */
    @Transactional
    public void setEnabled(long id, boolean enabled, String actor) {
        var user = load(id);
        if (user.isEnabled() == enabled) {
            return;
        }
        if (!enabled) {
            notOneself(user, actor);
            notTheLastAdmin(user);
        }
        String before = json(user);
        user.setEnabled(enabled);
        audit.record(actor, enabled ? "staff.enable" : "staff.disable", subject(user), before, json(user));
        if (!enabled) {
            endSessions(user.getId());
        }
    }

    /** Lifts a lock after wrong passwords at once. */
    @Transactional
    public void unlock(long id, String actor) {
        var user = load(id);
        String before = json(user);
        user.unlock();
        audit.record(actor, "staff.unlock", subject(user), before, json(user));
    }

    /** A new role (and for an editor, optionally one city); the account signs in again to use it. */
    @Transactional
    public void changeRole(long id, Role role, String city, String actor) {
        var user = load(id);
        if (role == null) {
            throw new StaffChangeRefused("role", "role-missing", "missing");
        }
        checkCity(city);
        String newCity = role == Role.EDITOR ? blankToNull(city) : null;
        if (user.getRole() == role && java.util.Objects.equals(user.getCity(), newCity)) {
            return;
        }
        notOneself(user, actor);
        if (role != Role.ADMIN) {
            notTheLastAdmin(user);
        }
        String before = json(user);
        user.changeRole(role, newCity);
        audit.record(actor, "staff.role", subject(user), before, json(user));
        endSessions(user.getId());
    }

    /**
     * Sets a password chosen by an admin, or when {@code rawPassword} is blank a generated one, and
     * returns it so it can be shown once. Ends the account's sessions and lifts any lock.
     */
    @Transactional
    public String resetPassword(long id, String rawPassword, String actor) {
        var user = load(id);
        String password = rawPassword == null || rawPassword.isEmpty() ? generatePassword(user.getUsername()) : rawPassword;
        checkPassword(password, user.getUsername());
        user.changePassword(passwords.encode(password));
        user.unlock();
        // the audit log says that it happened, never what the password is
        audit.record(actor, "staff.password", subject(user), null, "{\"password\":\"changed\"}");
        endSessions(user.getId());
        return password;
    }

    /** 20 characters of a 56-letter alphabet: about 116 bits, and still typeable. */
    public String generatePassword(String username) {
        while (true) {
            var password = new StringBuilder();
            for (int i = 0; i < 20; i++) {
                password.append(PASSWORD_ALPHABET.charAt(random.nextInt(PASSWORD_ALPHABET.length())));
            }
            try {
                checkPassword(password.toString(), username == null ? "" : username.toLowerCase(Locale.ROOT));
                return password.toString();
            } catch (StaffChangeRefused unlucky) {
                // practically never; draw again
            }
        }
    }

    static void checkPassword(String raw, String username) {
        if (raw == null || raw.length() < MIN_PASSWORD_LENGTH) {
            throw new StaffChangeRefused("password", "password-short", "at least " + MIN_PASSWORD_LENGTH + " characters");
        }
        String lower = raw.toLowerCase(Locale.ROOT);
        if (KNOWN_DEFAULTS.contains(lower) || (!username.isEmpty() && lower.contains(username))
                || lower.chars().distinct().count() < 5) {
            throw new StaffChangeRefused("password", "password-guessable", "too easy to guess");
        }
    }

    private static void checkCity(String city) {
        if (city != null && !city.isBlank() && City.byId(city.strip()).isEmpty()) {
            throw new StaffChangeRefused("city", "city-unknown", "unknown city " + city);
        }
    }

    private static void notOneself(StaffUser user, String actor) {
        if (user.getUsername().equalsIgnoreCase(actor)) {
            throw new StaffChangeRefused("account", "self", "admins do not change their own role or disable themselves");
        }
    }

    private void notTheLastAdmin(StaffUser user) {
        if (user.getRole() == Role.ADMIN && user.isEnabled() && users.countByRoleAndEnabledTrue(Role.ADMIN) <= 1) {
            throw new StaffChangeRefused("account", "last-admin", "the console needs at least one enabled admin");
        }
    }

    private void endSessions(long staffId) {
        for (Object principal : sessions.getAllPrincipals()) {
            if (principal instanceof StaffPrincipal staff && staff.id() == staffId) {
                sessions.getAllSessions(principal, false).forEach(SessionInformation::expireNow);
            }
        }
    }

    private StaffUser load(long id) {
        return users.findById(id).orElseThrow(() -> new StaffChangeRefused("account", "not-found", "no such account"));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String subject(StaffUser user) {
        return "staff:" + user.getUsername();
    }

    /** What the audit log keeps of an account: never the password hash. */
    private static String json(StaffUser user) {
        var state = new LinkedHashMap<String, Object>();
        state.put("role", user.getRole().name());
        state.put("city", user.getCity());
        state.put("enabled", user.isEnabled());
        state.put("locked", user.isLockedAt(Instant.now()));
        return JsonMapper.shared().writeValueAsString(state);
    }

    private static StaffView view(StaffUser user) {
        Instant now = Instant.now();
        return new StaffView(user.getId(), user.getUsername(), user.getDisplayName(), user.getRole(), user.getCity(),
                user.isEnabled(), user.isLockedAt(now) ? user.getLockedUntil() : null, user.getFailedLogins(), user.getCreatedAt());
    }

    private static StaffPrincipal principal(StaffUser user) {
        return new StaffPrincipal(user.getId(), user.getUsername(), user.getDisplayName(), user.getRole(), user.getCity(),
                user.getPasswordHash(), user.isEnabled(), user.isLockedAt(Instant.now()));
    }
}
