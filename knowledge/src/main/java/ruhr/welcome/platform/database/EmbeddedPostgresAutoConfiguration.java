package ruhr.welcome.platform.database;

import java.io.IOException;
import java.nio.file.Files;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;

/**
 * Starts a real PostgreSQL server (zonky's packaged binaries) with its data under
 * {@code welcome.embedded-db.dir}, so the app runs with one command on a fresh machine.
 * Skipped entirely when {@code spring.datasource.url} is configured.
 */
@AutoConfiguration(before = DataSourceAutoConfiguration.class)
@Conditional(NoDatasourceUrlCondition.class)
@EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
public class EmbeddedPostgresAutoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresAutoConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(EmbeddedDatabaseProperties properties) throws IOException {
        var dir = properties.ephemeral()
                ? Files.createTempDirectory("welcome-db-")
                : Files.createDirectories(properties.dir().toAbsolutePath().normalize());
        StalePostmaster.stopIfRunning(dir, properties.startupWait());
        var builder = EmbeddedPostgres.builder();
        properties.settings().forEach(builder::setServerConfig);
        var server = builder
                .setDataDirectory(dir)
                .setCleanDataDirectory(properties.ephemeral())
                .setPort(properties.port())
                .setPGStartupWait(properties.startupWait())
                // our own JVM shutdown closes the context, which stops the server in order
                .setRegisterShutdownHook(false)
                .setServerConfig("listen_addresses", "127.0.0.1")
                // the server's own log must never echo statements or key values: they hold people's messages
                .setServerConfig("log_min_error_statement", "panic")
                .setServerConfig("log_error_verbosity", "terse")
                .start();
        log.info("Embedded PostgreSQL running on 127.0.0.1:{} with {} data in {}", server.getPort(),
                properties.ephemeral() ? "temporary" : "persistent", dir);
        return server;
    }

    @Bean
    DataSource dataSource(EmbeddedPostgres server) {
        var dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(server.getJdbcUrl("postgres", "postgres"));
        dataSource.setUsername("postgres");
        dataSource.setPoolName("embedded");
        dataSource.setMaximumPoolSize(10);
        return dataSource;
    }
}
