package ruhr.welcome.bot.telegram;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * CPU time of the PostgreSQL server the benchmark's app uses (a separate process tree the JVM's
 * own figure does not include), read from /proc: the postmaster, its live children, and what its
 * exited children used. Zero where /proc or the server's pid file cannot be read.
 */
final class DatabaseCpu {

    /** Linux reports CPU in clock ticks of 10 ms (USER_HZ is 100 on every mainstream kernel). */
    private static final long NANOS_PER_TICK = 10_000_000L;

    private final long postmaster;

    private DatabaseCpu(long postmaster) {
        this.postmaster = postmaster;
    }

    static DatabaseCpu of(JdbcTemplate jdbc) {
        try {
            String dataDirectory = jdbc.queryForObject("show data_directory", String.class);
            String pid = Files.readAllLines(Path.of(dataDirectory, "postmaster.pid")).getFirst().trim();
            return new DatabaseCpu(Long.parseLong(pid));
        } catch (RuntimeException | IOException e) {
            return new DatabaseCpu(-1); // a server elsewhere (SPRING_DATASOURCE_URL): not measured
        }
    }

    long cpuNanos() {
        if (postmaster < 0) {
            return 0;
        }
        return ProcessHandle.of(postmaster)
                .map(server -> ticks(server.pid(), true) + server.descendants().mapToLong(p -> ticks(p.pid(), false)).sum())
                .orElse(0L) * NANOS_PER_TICK;
    }

    /** utime + stime (fields 14 and 15 of /proc/pid/stat), plus the waited-for children's (16, 17). */
    private static long ticks(long pid, boolean withExitedChildren) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // fields[0] is the state (field 3), so field n sits at index n - 3
            long own = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            return withExitedChildren ? own + Long.parseLong(fields[13]) + Long.parseLong(fields[14]) : own;
        } catch (IOException | RuntimeException e) {
            return 0; // the process ended meanwhile
        }
    }

}
