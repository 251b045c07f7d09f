package ruhr.welcome.bot.startup;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.LocalDate;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;

import ruhr.welcome.WelcomeBotApplication;
import ruhr.welcome.knowledge.faq.FaqEntry;
import ruhr.welcome.knowledge.faq.FaqEntryRepository;

import static org.assertj.core.api.Assertions.assertThat;

/** With SPRING_DATASOURCE_URL set, the app migrates and uses that server and starts none of its own. */
class ConfiguredDatabaseWinsTest {

    @TempDir
    Path tmp;

    @Test
    void usesTheConfiguredServerAndStartsNoEmbeddedOne() throws Exception {
        Path embeddedDir = tmp.resolve("must-stay-unused");
        try (var other = EmbeddedPostgres.builder().setCleanDataDirectory(true).start()) {
            String url = other.getJdbcUrl("postgres", "postgres");

            try (var app = new SpringApplicationBuilder(WelcomeBotApplication.class)
                    .run("--spring.datasource.url=" + url,
                            "--spring.datasource.username=postgres",
                            "--welcome.embedded-db.ephemeral=false",
                            "--welcome.embedded-db.dir=" + embeddedDir,
                            "--server.port=0")) {
                assertThat(app.getBeanNamesForType(EmbeddedPostgres.class)).isEmpty();
                app.getBean(FaqEntryRepository.class).save(new FaqEntry("external-db-check", LocalDate.now()));
            }

            try (var connection = DriverManager.getConnection(url, "postgres", "");
                 var rows = connection.createStatement()
                         .executeQuery("select count(*) from faq_entry where entry_key = 'external-db-check'")) {
                rows.next();
                assertThat(rows.getInt(1)).isEqualTo(1);
            }
        }
        assertThat(embeddedDir).doesNotExist();
    }
}
