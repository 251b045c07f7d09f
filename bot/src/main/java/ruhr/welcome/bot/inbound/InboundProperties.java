package ruhr.welcome.bot.inbound;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Handling of stored updates.
 *
 * @param workers updates handled at once, each of a different chat ({@code WELCOME_INBOUND_WORKERS}); each
 *                holds a database connection while it works, so keep it below the connection pool size
 */
@Validated
@ConfigurationProperties("welcome.inbound")
public record InboundProperties(@Min(1) @Max(64) @DefaultValue("4") int workers) {
}
