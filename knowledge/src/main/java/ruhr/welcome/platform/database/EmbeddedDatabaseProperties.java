package ruhr.welcome.platform.database;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The PostgreSQL server the app starts itself when no {@code spring.datasource.url} is configured.
 *
 * @param dir         where the database files live; kept across restarts ({@code WELCOME_EMBEDDED_DB_DIR})
 * @param port        TCP port on loopback, 0 picks a free one ({@code WELCOME_EMBEDDED_DB_PORT})
 * @param startupWait how long to wait for the server to accept connections ({@code WELCOME_EMBEDDED_DB_STARTUP_WAIT})
 * @param ephemeral   a fresh database in a temporary directory, deleted at shutdown: for tests and
 *                    bench runs ({@code WELCOME_EMBEDDED_DB_EPHEMERAL})
 * @param settings    extra server settings by their PostgreSQL names, e.g. {@code shared_buffers}
 *                    (environment: {@code SPRING_APPLICATION_JSON='{"welcome.embedded-db.settings":
 *                    {"shared_buffers":"256MB"}}'}, as the names hold underscores); the ones that
 *                    keep statements out of the server log cannot be overridden
 */
@Validated
@ConfigurationProperties("welcome.embedded-db")
public record EmbeddedDatabaseProperties(
        @NotNull @DefaultValue("./data/postgres") Path dir,
        @Min(0) @Max(65535) @DefaultValue("0") int port,
        @NotNull @DefaultValue("60s") Duration startupWait,
        @DefaultValue("false") boolean ephemeral,
        Map<String, String> settings) {

    public EmbeddedDatabaseProperties {
        settings = settings == null ? Map.of() : Map.copyOf(settings);
    }
}
