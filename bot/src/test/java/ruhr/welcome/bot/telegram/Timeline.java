package ruhr.welcome.bot.telegram;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * What the machine did in each second of a measured run (garbage collection, the JVM's and the
 * database's CPU), so the slowest seconds of the latency figures can be told apart: a collector
 * pause, a busy database, or plain queueing.
 */
final class Timeline {

    private final long[] gcMillis;
    private final long[] jvmCpuMillis;
    private final long[] dbCpuMillis;
    private final DatabaseCpu database;
    private final Thread sampler;

    private Timeline(int seconds, DatabaseCpu database) {
        this.gcMillis = new long[seconds];
        this.jvmCpuMillis = new long[seconds];
        this.dbCpuMillis = new long[seconds];
        this.database = database;
        this.sampler = Thread.ofPlatform().daemon().name("load-timeline").unstarted(this::sample);
    }

    static Timeline start(int seconds, DatabaseCpu database) {
        var timeline = new Timeline(seconds, database);
        timeline.sampler.start();
        return timeline;
    }

    void stop() throws InterruptedException {
        sampler.interrupt();
        sampler.join();
    }

    private void sample() {
        long start = System.nanoTime();
        long gc = gcMillis();
        long jvm = jvmCpuNanos();
        long db = database.cpuNanos();
        for (int second = 0; second < gcMillis.length; second++) {
            try {
                Thread.sleep(Math.max(0, (start + (second + 1) * 1_000_000_000L - System.nanoTime()) / 1_000_000));
            } catch (InterruptedException e) {
                return;
            }
            long gcNow = gcMillis();
            long jvmNow = jvmCpuNanos();
            long dbNow = database.cpuNanos();
            gcMillis[second] = gcNow - gc;
            jvmCpuMillis[second] = (jvmNow - jvm) / 1_000_000;
            dbCpuMillis[second] = (dbNow - db) / 1_000_000;
            gc = gcNow;
            jvm = jvmNow;
            db = dbNow;
        }
    }

    /** One line per second with the highest p99, worst first. */
    void printWorstSeconds(long[] latencies, int[] arrivals, int count, int lines) {
        int seconds = gcMillis.length;
        long[][] bySecond = new long[seconds][];
        int[] sizes = new int[seconds];
        for (int i = 0; i < count && i < latencies.length; i++) {
            if (arrivals[i] < seconds) {
                sizes[arrivals[i]]++;
            }
        }
        for (int s = 0; s < seconds; s++) {
            bySecond[s] = new long[sizes[s]];
            sizes[s] = 0;
        }
        for (int i = 0; i < count && i < latencies.length; i++) {
            int s = arrivals[i];
            if (s < seconds) {
                bySecond[s][sizes[s]++] = latencies[i];
            }
        }
        IntStream.range(0, seconds).filter(s -> bySecond[s].length > 0)
                .boxed()
                .sorted(Comparator.comparingLong((Integer s) -> p99(bySecond[s])).reversed())
                .limit(lines)
                .forEach(s -> System.out.printf("load slow_second=%d replies=%d p99_ms=%.1f max_ms=%.1f gc_ms=%d jvm_cpu_ms=%d db_cpu_ms=%d%n",
                        s, bySecond[s].length, p99(bySecond[s]) / 1e6, Arrays.stream(bySecond[s]).max().orElse(0) / 1e6,
                        gcMillis[s], jvmCpuMillis[s], dbCpuMillis[s]));
    }

    private static long p99(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.max(0, (int) Math.ceil(0.99 * sorted.length) - 1)];
    }

    static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(GarbageCollectorMXBean::getCollectionTime)
                .filter(t -> t > 0).sum();
    }

    /** CPU time of this JVM (app, fake server and load generator; the database server is a separate process). */
    static long jvmCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }
}
