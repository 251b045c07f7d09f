package ruhr.welcome.bot.startup;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import ruhr.welcome.WelcomeBotApplication;
import ruhr.welcome.knowledge.faq.FaqEntry;
import ruhr.welcome.knowledge.faq.FaqEntryRepository;

import static org.assertj.core.api.Assertions.assertThat;

/** What was written before a restart is there after it: the embedded database keeps its files. */
class DataSurvivesRestartTest {

    @TempDir
    Path dataDir;

    @Test
    void entryWrittenBeforeARestartIsReadAfterIt() {
        try (var app = start()) {
            var entry = new FaqEntry("restart-check", LocalDate.of(2026, 11, 21));
            entry.putText("de", "Bleibt das erhalten?", List.of(), "Ja.", List.of());
            app.getBean(FaqEntryRepository.class).save(entry);
        }

        try (var app = start()) {
            var reloaded = app.getBean(FaqEntryRepository.class).findByKey("restart-check");
            assertThat(reloaded).hasValueSatisfying(e ->
                    assertThat(e.getTexts().get("de").getQuestion()).isEqualTo("Bleibt das erhalten?"));
        }
        assertThat(dataDir.resolve("PG_VERSION")).exists();
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(WelcomeBotApplication.class)
                .run("--welcome.embedded-db.ephemeral=false",
                        "--welcome.embedded-db.dir=" + dataDir,
                        "--server.port=0");
    }
}
