package ruhr.welcome.bot.inbound;

import java.time.Duration;
import java.util.List;
import java.util.Map;
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
 * claimed with SKIP LOCKED, handled and marked done in one transaction with the replies it queued,
 * so with several workers or instances every update is handled exactly once, and a crash in
 * between simply leaves it for the next run.
 */
@Component
class InboundProcessor implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(InboundProcessor.class);
    static final int MAX_ATTEMPTS = 5;

    private record Claimed(long id, Channel channel, long updateId, String payload, int attempts) {
    }

    private final JdbcTemplate jdbc;
    private final Map<Channel, InboundHandler> handlers;
    private final TransactionTemplate tx;
    private final List<WorkerLoop> workers;
    private final String claim;

    InboundProcessor(JdbcTemplate jdbc, List<InboundHandler> handlers, PlatformTransactionManager transactions,
                     InboundProperties properties) {
        this.jdbc = jdbc;
        this.handlers = handlers.stream().collect(Collectors.toMap(InboundHandler::channel, Function.identity()));
        this.tx = new TransactionTemplate(transactions);
        this.workers = IntStream.rangeClosed(1, properties.workers())
                .mapToObj(i -> new WorkerLoop("inbound-processor-" + i, this::processOne,
                        Duration.ofMillis(200), Duration.ofMillis(500)))
                .toList();
        // updates of a channel that is switched off wait for it instead of failing
        String channels = String.join(",", this.handlers.keySet().stream().map(c -> "'" + c.name() + "'").toList());
        // Only the oldest pending update of its chat is a candidate: while one worker holds (locks) a
        // chat's update, that chat's later updates are not candidates either, so one chat never runs
        // on two workers and its updates are handled in order; SKIP LOCKED lets the others move on.
        this.claim = """
                select u.id, u.channel, u.update_id, u.payload, u.attempts from inbound_update u
                where u.processed_at is null and u.channel in (%s)
                  and not exists (select 1 from inbound_update e
                                  where e.chat_key = u.chat_key and e.channel = u.channel
                                    and e.processed_at is null and e.id < u.id)
                order by u.id limit 1 for update of u skip locked""".formatted(channels);
    }

    /** Wakes the idle workers: a stored batch may hold updates of many chats. */
    void wake() {
        workers.forEach(WorkerLoop::wake);
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

    /** Handles the oldest pending update of a chat no other worker is busy with; false when there is none. */
    boolean processOne() {
        Claimed[] current = new Claimed[1];
        try {
            return Boolean.TRUE.equals(tx.execute(status -> handleNext(current)));
        } catch (RuntimeException e) {
            if (current[0] == null) {
                throw e;
            }
            countFailedAttempt(current[0].id());
            log.warn("{} update {} failed (attempt {}): {}", current[0].channel(), current[0].updateId(),
                    current[0].attempts() + 1, e.toString());
            return true;
        }
    }

    private boolean handleNext(Claimed[] current) {
        if (handlers.isEmpty()) {
            return false;
        }
        List<Claimed> next = jdbc.query(claim, (rs, i) -> new Claimed(rs.getLong(1), Channel.valueOf(rs.getString(2)),
                rs.getLong(3), rs.getString(4), rs.getInt(5)));
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
