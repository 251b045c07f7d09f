package ruhr.welcome.admin.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * The first admin: created once from the environment while no admin exists. There is no built-in
 * account and no default password; without the two settings the console simply has no one to sign in.
 */
@Component
class AdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final StaffAccounts accounts;
    private final ConsoleProperties properties;

    AdminBootstrap(StaffAccounts accounts, ConsoleProperties properties) {
        this.accounts = accounts;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.anyAdmin()) {
            if (properties.bootstrapPassword() != null) {
                log.warn("An admin exists: WELCOME_CONSOLE_BOOTSTRAP_PASSWORD is ignored and can be removed");
            }
            return;
        }
        if (isBlank(properties.bootstrapUsername()) || isBlank(properties.bootstrapPassword())) {
            log.info("The console has no admin yet: set WELCOME_CONSOLE_BOOTSTRAP_USERNAME and "
                    + "WELCOME_CONSOLE_BOOTSTRAP_PASSWORD once to create the first one");
            return;
        }
        try {
            accounts.create(properties.bootstrapUsername(), null, properties.bootstrapPassword(), Role.ADMIN, null, "bootstrap");
            log.info("Created the first console admin from WELCOME_CONSOLE_BOOTSTRAP_USERNAME");
        } catch (IllegalArgumentException e) {
            // the reason names the rule, never the value
            throw new IllegalStateException("invalid setting welcome.console.bootstrap (env WELCOME_CONSOLE_BOOTSTRAP_*): "
                    + e.getMessage(), e);
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
