package ruhr.welcome.platform.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * After a crash of the app (kill -9, power loss of the JVM only) its PostgreSQL server may still
 * run on the data directory. It has no clients left, so a polite SIGTERM ends it quickly; then the
 * new start can take over the same files instead of failing on the lock.
 */
final class StalePostmaster {

    private static final Logger log = LoggerFactory.getLogger(StalePostmaster.class);

    private StalePostmaster() {
    }

    static void stopIfRunning(Path dataDir, Duration wait) throws IOException {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return;
        }
        Optional<ProcessHandle> server = Files.readAllLines(pidFile).stream().findFirst()
                .map(String::strip)
                .filter(line -> line.matches("\\d+"))
                .flatMap(pid -> ProcessHandle.of(Long.parseLong(pid)))
                .filter(StalePostmaster::isPostgres);
        if (server.isEmpty()) {
            return; // a stale pid file alone is handled by PostgreSQL itself
        }
        log.warn("A PostgreSQL server from an earlier run still uses {}; stopping it", dataDir);
        server.get().destroy();
        try {
            server.get().onExit().get(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            throw new IOException("the earlier PostgreSQL server (pid " + server.get().pid()
                    + ") did not stop within " + wait.toSeconds() + " s", e);
        }
    }

    private static boolean isPostgres(ProcessHandle process) {
        return process.isAlive() && process.info().command().map(c -> c.endsWith("/postgres")).orElse(false);
    }
}
