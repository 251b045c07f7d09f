package ruhr.welcome.bot.telegram;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import ruhr.welcome.WelcomeBotApplication;
import ruhr.welcome.bot.telegram.FakeBotApi.Call;
import ruhr.welcome.bot.telegram.Newcomers.Newcomer;

/**
 * Capacity benchmark of the Telegram channel (not a test; run with {@code -Pload-bench}, see README).
 * The real app (long polling through the real TelegramBots client, embedded PostgreSQL, starter FAQ,
 * Lucene answers) talks to the fake Bot API on loopback while simulated newcomers write at a fixed
 * offered rate (open loop: the schedule never waits for the bot). Per update it measures the time
 * from being offered to the fake server until the fake server receives the reply's first message.
 * The send caps that mirror Telegram's limits are lifted for the run, and the output says so.
 */
public final class LoadBenchmark {

    private static final String TOKEN = "5555:load-token";
    /** A newcomer reads a reply for this long before writing again. */
    private static final long THINK_NANOS = 1_000_000_000L;

    private final Newcomers newcomers;
    private final AtomicLong lastReplyAt = new AtomicLong();
    private final AtomicInteger answered = new AtomicInteger();
    private final AtomicInteger extraParts = new AtomicInteger();
    private long[] latencies = new long[0];
    /** For each latency, the second of the measured run its reply arrived in (for the timeline). */
    private int[] arrivals = new int[0];
    private volatile long measuredStart;
    private final AtomicInteger latencyCount = new AtomicInteger();

    private LoadBenchmark(int chats) {
        this.newcomers = new Newcomers(chats);
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        int chats = Integer.parseInt(options.getOrDefault("chats", "2000"));
        int rate = Integer.parseInt(options.getOrDefault("rate", "600"));
        int warmup = Integer.parseInt(options.getOrDefault("warmup", "20"));
        int seconds = Integer.parseInt(options.getOrDefault("seconds", "60"));
        boolean statements = Boolean.parseBoolean(options.getOrDefault("statements", "false"));
        int code = new LoadBenchmark(chats).run(rate, warmup, seconds, options.getOrDefault("workers", ""), statements);
        System.exit(code);
    }

    private int run(int rate, int warmupSeconds, int seconds, String workers, boolean statements) throws Exception {
        try (var api = new FakeBotApi(TOKEN, this::received); var app = start(api, workers, statements)) {
            System.out.printf("load newcomers=%d languages=%s starter_questions=%d rate=%d/s warmup=%ds measured=%ds%n",
                    newcomers.all().size(), newcomers.languages(), newcomers.questionCount(), rate, warmupSeconds, seconds);
            System.out.println("load caps=lifted: welcome.outbox.per-chat-interval=0s welcome.outbox.global-per-second="
                    + Integer.MAX_VALUE + " for this run only (defaults stay 1s and 30/s, Telegram's limits)");
            System.out.println("load inbound_workers=" + app.getEnvironment().getProperty("welcome.inbound.workers", "(default)")
                    + " " + jvm());
            phase(api, rate, warmupSeconds, false);
            drain(60); // a backlog left by the warm-up would otherwise count against the measured run
            latencies = new long[rate * seconds * 2 + 1000];
            arrivals = new int[latencies.length];
            answered.set(0);
            long gcBefore = Timeline.gcMillis();
            long cpuBefore = Timeline.jvmCpuNanos();
            var jdbc = app.getBean(JdbcTemplate.class);
            var database = DatabaseCpu.of(jdbc);
            var statementStats = statements ? DatabaseStatements.reset(jdbc) : null;
            long dbCpuBefore = database.cpuNanos();
            long commitsBefore = commits(jdbc);
            long start = System.nanoTime();
            measuredStart = start;
            var timeline = Timeline.start(seconds + 30, database);
            int offered = phase(api, rate, seconds, true);
            double offeredPerSecond = offered / ((System.nanoTime() - start) / 1e9);
            int unanswered = drain(30);
            timeline.stop();
            double cpuPerUpdate = (Timeline.jvmCpuNanos() - cpuBefore) / 1e6 / Math.max(1, answered.get());
            double dbCpuPerUpdate = (database.cpuNanos() - dbCpuBefore) / 1e6 / Math.max(1, answered.get());
            double commitsPerUpdate = (commits(jdbc) - commitsBefore) / (double) Math.max(1, answered.get());
            double handledPerSecond = answered.get() / ((lastReplyAt.get() - start) / 1e9);
            long[] sorted = Arrays.copyOf(latencies, latencyCount.get());
            Arrays.sort(sorted);
            System.out.printf("load updates=%d offered_per_s=%.0f handled_per_s=%.0f p50_ms=%.1f p99_ms=%.1f max_ms=%.1f caps=lifted%n",
                    offered, offeredPerSecond, handledPerSecond, percentile(sorted, 50), percentile(sorted, 99),
                    sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6);
            System.out.printf("load unanswered=%d extra_reply_parts=%d jvm_cpu_ms_per_update=%.2f db_commits_per_update=%.1f "
                    + "db_cpu_ms_per_update=%.2f gc_ms_during_run=%d %s%n", unanswered, extraParts.get(), cpuPerUpdate,
                    commitsPerUpdate, dbCpuPerUpdate, Timeline.gcMillis() - gcBefore, heapUsed());
            timeline.printWorstSeconds(latencies, arrivals, latencyCount.get(), 5);
            if (statementStats != null) {
                statementStats.printTop(Math.max(1, answered.get()), 15);
            }
            boolean met = handledPerSecond >= 500 && percentile(sorted, 99) <= 100;
            System.out.println("load target (>= 500 updates/s, p99 <= 100 ms): " + (met ? "met" : "NOT met"));
            return unanswered == 0 ? 0 : 1;
        }
    }

    /** Offers updates at {@code rate} per second for {@code seconds}; returns how many were offered. */
    private int phase(FakeBotApi api, int rate, int seconds, boolean measured) {
        long start = System.nanoTime();
        long end = start + seconds * 1_000_000_000L;
        int offered = 0;
        int busy = 0;
        while (true) {
            long now = System.nanoTime();
            if (now >= end) {
                break;
            }
            long due = (now - start) * rate / 1_000_000_000L;
            while (offered + busy < due) {
                Newcomer person = newcomers.pickIdle(now);
                if (person == null) {
                    busy++; // every newcomer is waiting: the offered rate falls short, and the output shows it
                    continue;
                }
                var update = newcomers.nextUpdate(person);
                person.measured = measured;
                person.waitingSince.set(System.nanoTime());
                api.offer(update);
                offered++;
            }
            LockSupport.parkNanos(500_000);
        }
        return offered;
    }

    /** The fake server got a call from the bot: the first message after an update is its reply. */
    private void received(Call call) {
        if (!call.method().equals("sendMessage")) {
            return;
        }
        long now = System.nanoTime();
        Newcomer person = newcomers.byChat(call.body().path("chat_id").asLong());
        if (person == null) {
            return;
        }
        person.buttons = Newcomers.buttonsOf(call.body());
        long since = person.waitingSince.getAndSet(0);
        person.idleFrom = now + THINK_NANOS;
        if (since == 0) {
            extraParts.incrementAndGet(); // second part of a long reply, or the second reply to one update
            return;
        }
        if (person.measured) {
            int slot = latencyCount.getAndIncrement();
            if (slot < latencies.length) {
                latencies[slot] = now - since;
                arrivals[slot] = (int) ((now - measuredStart) / 1_000_000_000L);
            }
            answered.incrementAndGet();
            lastReplyAt.accumulateAndGet(now, Math::max);
        }
    }

    /** Waits until every offered update has its reply, at most {@code seconds}; returns how many still wait. */
    private int drain(int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        int waiting;
        while ((waiting = waiting()) > 0 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        return waiting;
    }

    private int waiting() {
        return (int) newcomers.all().stream().filter(p -> p.waitingSince.get() != 0).count();
    }

    private static ConfigurableApplicationContext start(FakeBotApi api, String workers, boolean statements) {
        var args = new java.util.ArrayList<>(java.util.List.of(
                "--server.port=0",
                "--welcome.embedded-db.ephemeral=true",
                "--welcome.telegram.token=" + TOKEN,
                "--welcome.telegram.api-url=" + api.baseUrl(),
                // the caps mirror Telegram's limits; a capacity run lifts them (and says so)
                "--welcome.outbox.per-chat-interval=0s",
                "--welcome.outbox.global-per-second=" + Integer.MAX_VALUE,
                "--logging.level.root=warn"));
        if (statements) {
            args.add("--welcome.embedded-db.settings[shared_preload_libraries]=pg_stat_statements");
        }
        if (!workers.isEmpty()) {
            args.add("--welcome.inbound.workers=" + workers);
        }
        return new SpringApplicationBuilder(WelcomeBotApplication.class).run(args.toArray(String[]::new));
    }

    private static double percentile(long[] sorted, int p) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1e6;
    }

    private static String jvm() {
        var runtime = Runtime.getRuntime();
        String gc = String.join("+", ManagementFactory.getGarbageCollectorMXBeans().stream()
                .map(GarbageCollectorMXBean::getName).toList());
        return "java=" + Runtime.version() + " cpus=" + runtime.availableProcessors() + " heap_max_mb="
                + runtime.maxMemory() / (1 << 20) + " gc=" + gc.replace(' ', '_');
    }

    private static String heapUsed() {
        var runtime = Runtime.getRuntime();
        return "heap_used_mb=" + (runtime.totalMemory() - runtime.freeMemory()) / (1 << 20) + " heap_max_mb="
                + runtime.maxMemory() / (1 << 20);
    }


    /** Transactions the database committed (pg_stat_database lags by up to half a second: a rough figure). */
    private static long commits(JdbcTemplate jdbc) {
        return jdbc.queryForObject("select xact_commit from pg_stat_database where datname = current_database()", Long.class);
    }


    private static Map<String, String> options(String[] args) {
        var options = new HashMap<String, String>();
        for (String arg : args) {
            if (arg.startsWith("--") && arg.contains("=")) {
                options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
            }
        }
        return options;
    }
}
