package ruhr.welcome.bot.startup;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** A killed app leaves its database server running; the next start takes the data over. */
class CrashRecoveryIT {

    @TempDir
    Path dataDir;

    @Test
    void startsAgainOnTheSameDataAfterKillMinusNine() throws Exception {
        int port = PackagedApp.freePort();
        String[] args = {"--server.port=" + port, "--welcome.embedded-db.dir=" + dataDir};

        try (var first = PackagedApp.start(Map.of(), args)) {
            first.awaitHealthy(port, Duration.ofSeconds(60));
            first.crash();
        }
        try (var second = PackagedApp.start(Map.of(), args)) {
            String health = second.awaitHealthy(port, Duration.ofSeconds(60));

            assertThat(health).contains("\"db\":{\"status\":\"UP\"");
        }
    }
}
