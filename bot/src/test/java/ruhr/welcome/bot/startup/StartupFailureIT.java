package ruhr.welcome.bot.startup;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the packaged jar the way an operator does and checks that a broken start ends at once,
 * with a non-zero exit code and one line that says what to fix.
 */
class StartupFailureIT {

    private static final Path JAR = Path.of("target/welcome-bot.jar");

    @Test
    void takenPortEndsStartupWithOneLine() throws Exception {
        try (var taken = new ServerSocket(0)) {
            var run = runJar(Map.of(), "--server.port=" + taken.getLocalPort(), "--welcome.embedded-db.ephemeral=true");

            assertThat(run.exitCode()).isNotZero();
            assertThat(run.reason()).isEqualTo("welcome-bot could not start: port " + taken.getLocalPort()
                    + " is already in use (setting server.port, env SERVER_PORT)");
        }
    }

    @Test
    void unreachableDatabaseEndsStartupWithOneLine() throws Exception {
        int closedPort;
        try (var probe = new ServerSocket(0)) {
            closedPort = probe.getLocalPort();
        }
        var run = runJar(Map.of("SPRING_DATASOURCE_URL", "jdbc:postgresql://127.0.0.1:" + closedPort + "/welcome"),
                "--server.port=0");

        assertThat(run.exitCode()).isNotZero();
        assertThat(run.reason()).startsWith("welcome-bot could not start: database unreachable")
                .contains("SPRING_DATASOURCE_URL");
    }

    @Test
    void invalidSettingEndsStartupNamingTheSetting() throws Exception {
        var run = runJar(Map.of("WELCOME_LANGUAGES", "de,klingon"), "--server.port=0",
                "--welcome.embedded-db.ephemeral=true");

        assertThat(run.exitCode()).isNotZero();
        assertThat(run.reason()).startsWith("welcome-bot could not start: invalid setting welcome.languages")
                .contains("WELCOME_LANGUAGES").contains("'klingon' is not a supported language");
    }

    @Test
    void webhookModeWithoutSecretIsRefused() throws Exception {
        var run = runJar(Map.of("WELCOME_TELEGRAM_MODE", "webhook", "WELCOME_TELEGRAM_TOKEN", "123:abc"),
                "--server.port=0", "--welcome.embedded-db.ephemeral=true");

        assertThat(run.exitCode()).isNotZero();
        assertThat(run.reason()).startsWith("welcome-bot could not start: invalid settings welcome.telegram.*")
                .contains("WELCOME_TELEGRAM_WEBHOOK_SECRET")
                .doesNotContain("123:abc");
    }

    private record Run(int exitCode, String output) {
        /** The last line is the launcher's reason. */
        String reason() {
            var lines = output.strip().lines().toList();
            return lines.isEmpty() ? "" : lines.getLast();
        }
    }

    private static Run runJar(Map<String, String> env, String... args) throws IOException, InterruptedException {
        assertThat(JAR).as("packaged jar").exists();
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.add("-jar");
        command.add(JAR.toString());
        command.addAll(List.of(args));
        Path log = Files.createTempFile("startup-", ".log");
        var builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(env);
        Process process = builder.start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("start-up neither failed nor finished within 120 s");
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        Files.deleteIfExists(log);
        return new Run(process.exitValue(), output);
    }
}
