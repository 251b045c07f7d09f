package ruhr.welcome.bot.startup;

import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the packaged jar the way an operator does and checks that a broken start ends at once,
 * with a non-zero exit code and one line that says what to fix.
 */
class StartupFailureIT {

    private static final Duration LIMIT = Duration.ofSeconds(120);

    @Test
    void takenPortEndsStartupWithOneLine() throws Exception {
        try (var taken = new ServerSocket(0);
             var app = PackagedApp.start(Map.of(), "--server.port=" + taken.getLocalPort(),
                     "--welcome.embedded-db.ephemeral=true")) {

            assertThat(app.awaitExit(LIMIT)).isNotZero();
            assertThat(app.lastLine()).isEqualTo("welcome-bot could not start: port " + taken.getLocalPort()
                    + " is already in use (setting server.port, env SERVER_PORT)");
        }
    }

    @Test
    void unreachableDatabaseEndsStartupWithOneLine() throws Exception {
        String url = "jdbc:postgresql://127.0.0.1:" + PackagedApp.freePort() + "/welcome";
        try (var app = PackagedApp.start(Map.of("SPRING_DATASOURCE_URL", url), "--server.port=0")) {

            assertThat(app.awaitExit(LIMIT)).isNotZero();
            assertThat(app.lastLine()).startsWith("welcome-bot could not start: database unreachable")
                    .contains("SPRING_DATASOURCE_URL");
        }
    }

    @Test
    void invalidSettingEndsStartupNamingTheSetting() throws Exception {
        try (var app = PackagedApp.start(Map.of("WELCOME_LANGUAGES", "de,klingon"), "--server.port=0",
                "--welcome.embedded-db.ephemeral=true")) {

            assertThat(app.awaitExit(LIMIT)).isNotZero();
            assertThat(app.lastLine()).startsWith("welcome-bot could not start: invalid setting welcome.languages")
                    .contains("WELCOME_LANGUAGES").contains("'klingon' is not a supported language");
        }
    }

    @Test
    void unparsableValueNamesTheSetting() throws Exception {
        try (var app = PackagedApp.start(Map.of("WELCOME_EMBEDDED_DB_PORT", "fivethousand"), "--server.port=0")) {

            assertThat(app.awaitExit(LIMIT)).isNotZero();
            assertThat(app.lastLine()).startsWith(
                    "welcome-bot could not start: invalid setting welcome.embedded-db.port (env WELCOME_EMBEDDED_DB_PORT)");
        }
    }

    @Test
    void webhookModeWithoutSecretIsRefusedWithoutEchoingTheToken() throws Exception {
        try (var app = PackagedApp.start(Map.of("WELCOME_TELEGRAM_MODE", "webhook", "WELCOME_TELEGRAM_TOKEN", "123:abc"),
                "--server.port=0", "--welcome.embedded-db.ephemeral=true")) {

            assertThat(app.awaitExit(LIMIT)).isNotZero();
            assertThat(app.lastLine()).startsWith("welcome-bot could not start: invalid settings welcome.telegram.*")
                    .contains("WELCOME_TELEGRAM_WEBHOOK_SECRET");
            assertThat(app.output()).doesNotContain("123:abc");
        }
    }
}
