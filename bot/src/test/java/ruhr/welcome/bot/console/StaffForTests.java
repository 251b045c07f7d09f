package ruhr.welcome.bot.console;

import java.util.concurrent.atomic.AtomicInteger;

import ruhr.welcome.admin.security.Role;
import ruhr.welcome.admin.security.StaffAccounts;

/**
 * Staff accounts made the way an admin makes them (through {@link StaffAccounts}, hashed and
 * audited), each with a fresh name: the browser tests share one application and its database.
 */
final class StaffForTests {

    static final String PASSWORD = "Zeche-Zollverein-1986";
    private static final AtomicInteger COUNT = new AtomicInteger();

    private StaffForTests() {
    }

    /** Creates an account and returns its username; {@code city} limits an editor to one city. */
    static String create(StaffAccounts accounts, String name, Role role, String city) {
        String username = name + "." + ProcessHandle.current().pid() + "." + COUNT.incrementAndGet();
        accounts.create(username, "Browser " + name, PASSWORD, role, city, "browser-test");
        return username;
    }
}
