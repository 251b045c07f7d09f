package ruhr.welcome.admin.console;

import java.util.Set;

import ruhr.welcome.admin.security.Role;

/**
 * A page of the console that features in other modules add to the navigation (the guides'
 * pages live with the handoff in the bot module). Shown to the given roles only.
 *
 * @param labelKey a key of the console's message bundles
 */
public record ConsoleSection(String path, String labelKey, Set<Role> roles) {
}
