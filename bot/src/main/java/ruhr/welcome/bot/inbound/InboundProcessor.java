package ruhr.welcome.bot.inbound;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import ruhr.welcome.bot.conversation.Channel;
import ruhr.welcome.bot.support.WorkerLoop;

/**
 * Works through stored updates: several workers handle different chats in parallel, while the
 * updates of one chat are handled strictly one after the other, in arrival order. Each update is
 * claimed (row lock, SKIP LOCKED), handled and marked done in one transaction with the replies it
 * queued, so with several workers or instances every update is handled exactly once, and a crash
 * in between simply leaves it for the next run.
 * <p>
 * The store tells this instance which updates it just kept, and each goes to the worker of its
 * chat: that claim is one primary-key lookup. Searching the table for due updates (a sweep) costs
 * far more under load, so it only runs now and then, to pick up what a crash, a failed attempt or
 * another instance left behind.
 */
@Component
class InboundProcessor implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(InboundProcessor.class);
    static final int MAX_ATTEMPTS = 5;
    private static final Duration SWEEP_INTERVAL = Duration.ofSeconds(1);

    private record Claimed(long id, Channel channel, long updateId, String payload, int attempts) {
    }

    /** An update this instance stored: its row and its chat. */
    record Stored(long id, String chatKey) {
    }

    private final JdbcTemplate jdbc;
    private final Map<Channel, InboundHandler> handlers;
    private final TransactionTemplate tx;
    private final List<WorkerLoop> workers;
    /** Per worker, the rows stored here that it should claim, in arrival order. */
    private final List<Queue<Long>> stored;
    private final AtomicLong nextSweepAt = new AtomicLong();
    private final String sweep;
    private final String claimStored;

    InboundProcessor(JdbcTemplate jdbc, List<InboundHandler> handlers, PlatformTransactionManager transactions,
                     InboundProperties properties) {
        this.jdbc = jdbc;
        this.handlers = handlers.stream().collect(Collectors.toMap(InboundHandler::channel, Function.identity()));
        this.tx = new TransactionTemplate(transactions);
        this.stored = IntStream.range(0, properties.workers()).<Queue<Long>>mapToObj(i -> new ConcurrentLinkedQueue<>()).toList();
        this.workers = IntStream.range(0, properties.workers())
                .mapToObj(i -> new WorkerLoop("inbound-processor-" + (i + 1), () -> step(stored.get(i)),
                        Duration.ofMillis(250), Duration.ofMillis(500)))
                .toList();
        // updates of a channel that is switched off wait for it instead of failing
        String channels = String.join(",", this.handlers.keySet().stream().map(c -> "'" + c.name() + "'").toList());
        // Only the oldest pending update of its chat may be claimed: while one worker holds (locks) a
        // chat's update, that chat's later updates are not candidates either, so one chat never runs
        // on two workers and its updates are handled in order; SKIP LOCKED lets the others move on.
        String oldestOfItsChat = """
                u.processed_at is null and u.channel in (%s)
                  and not exists (select 1 from inbound_update e
                                  where e.chat_key = u.chat_key and e.channel = u.channel
                                    and e.processed_at is null and e.id < u.id)""".formatted(channels);
        String columns = "select u.id, u.channel, u.update_id, u.payload, u.attempts from inbound_update u where ";
        this.sweep = columns + oldestOfItsChat + " order by u.id limit 1 for update of u skip locked";
        this.claimStored = columns + "u.id = ? and " + oldestOfItsChat + " for update of u skip locked";
    }

    /** Hands freshly stored updates to their chats' workers (one chat always to the same worker, in order). */
    void claimSoon(List<Stored> updates) {
        if (workers.isEmpty()) {
            return;
        }
        for (Stored update : updates) {
            int worker = Math.floorMod(update.chatKey().hashCode(), workers.size());
            stored.get(worker).add(update.id());
            workers.get(worker).wake();
        }
    }

    @Override
    public void start() {
        workers.forEach(WorkerLoop::start);
    }

    @Override
    public void stop() {
        workers.forEach(WorkerLoop::requestStop);
        workers.forEach(worker -> worker.stop(Duration.ofSeconds(10)));
    }

    @Override
    public boolean isRunning() {
        return workers.stream().anyMatch(WorkerLoop::isRunning);
    }

    /** Before the outbox stops, after it starts: updates are handled only while replies can be queued. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 1;
    }

    /** One unit of work: the next update stored here, else, when due, a sweep; false when there was nothing. */
    private boolean step(Queue<Long> mine) {
        Long id = mine.poll();
        if (id != null) {
            if (!process(claimStored, id)) {
                sweepSoon(); // an earlier update of its chat is still pending (or taken): a sweep keeps the order
            }
            return true;
        }
        long now = System.nanoTime();
        long due = nextSweepAt.get();
        if (now - due < 0 || !nextSweepAt.compareAndSet(due, now + SWEEP_INTERVAL.toNanos())) {
            return false;
        }
        boolean found = process(sweep);
        if (found) {
            sweepSoon(); // a backlog (after a restart, say): keep sweeping until it is gone
        }
        return found;
    }

    private void sweepSoon() {
        nextSweepAt.set(System.nanoTime());
    }

    /** Claims one update with {@code claim} and handles it; false when the claim found none. */
    private boolean process(String claim, Object... args) {
        Claimed[] current = new Claimed[1];
        try {
            return Boolean.TRUE.equals(tx.execute(status -> handleNext(current, claim, args)));
        } catch (RuntimeException e) {
            if (current[0] == null) {
                throw e;
            }
            countFailedAttempt(current[0].id());
            sweepSoon();
            log.warn("{} update {} failed (attempt {}): {}", current[0].channel(), current[0].updateId(),
                    current[0].attempts() + 1, e.toString());
            return true;
        }
    }

    private boolean handleNext(Claimed[] current, String claim, Object... args) {
        if (handlers.isEmpty()) {
            return false;
        }
        List<Claimed> next = jdbc.query(claim, (rs, i) -> new Claimed(rs.getLong(1), Channel.valueOf(rs.getString(2)),
                rs.getLong(3), rs.getString(4), rs.getInt(5)), args);
        if (next.isEmpty()) {
            return false;
        }
        Claimed update = next.getFirst();
        current[0] = update;
        if (update.attempts() >= MAX_ATTEMPTS) {
            log.error("Giving up on {} update {} after {} attempts", update.channel(), update.updateId(), update.attempts());
            jdbc.update("update inbound_update set processed_at = now() where id = ?", update.id());
            return true;
        }
        handlers.get(update.channel()).handle(update.payload());
        jdbc.update("update inbound_update set processed_at = now(), attempts = attempts + 1 where id = ?", update.id());
        return true;
    }

    /** A failed attempt is counted outside the rolled-back transaction, so a poison update cannot block its chat for good. */
    void countFailedAttempt(long id) {
        jdbc.update("update inbound_update set attempts = attempts + 1 where id = ?", id);
    }
}
