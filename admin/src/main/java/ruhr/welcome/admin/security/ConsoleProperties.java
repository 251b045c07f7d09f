package ruhr.welcome.admin.security;

import java.time.Duration;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The staff console.
 *
 * @param lockAfterFailures wrong passwords in a row before an account is locked ({@code WELCOME_CONSOLE_LOCK_AFTER_FAILURES})
 * @param lockDuration      the first lock; each further failure doubles it ({@code WELCOME_CONSOLE_LOCK_DURATION})
 * @param bootstrapUsername the first admin's username, used once while no admin exists ({@code WELCOME_CONSOLE_BOOTSTRAP_USERNAME})
 * @param bootstrapPassword the first admin's password (secret, {@code WELCOME_CONSOLE_BOOTSTRAP_PASSWORD}); change it after the first sign-in
 */
@Validated
@ConfigurationProperties("welcome.console")
public record ConsoleProperties(
        @Min(1) @DefaultValue("5") int lockAfterFailures,
        @NotNull @DefaultValue("15m") Duration lockDuration,
        String bootstrapUsername,
        String bootstrapPassword) {

    @Override
    public String toString() {
        return "ConsoleProperties[lockAfterFailures=" + lockAfterFailures + ", lockDuration=" + lockDuration + "]";
    }
}
