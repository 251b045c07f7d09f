package ruhr.welcome.bot.inbound;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

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
 * Works through stored updates in arrival order. Each update is claimed with SKIP LOCKED, handled
 * and marked done in one transaction with the replies it queued, so with several instances every
 * update is handled exactly once, and a crash in between simply leaves it for the next run.
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
    private final WorkerLoop loop = new WorkerLoop("inbound-processor", this::processOne,
            Duration.ofMillis(200), Duration.ofMillis(500));

    InboundProcessor(JdbcTemplate jdbc, List<InboundHandler> handlers, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.handlers = handlers.stream().collect(Collectors.toMap(InboundHandler::channel, Function.identity()));
        this.tx = new TransactionTemplate(transactions);
    }

    void wake() {
        loop.wake();
    }

    @Override
    public void start() {
        loop.start();
    }

    @Override
    public void stop() {
        loop.stop(Duration.ofSeconds(10));
    }

    @Override
    public boolean isRunning() {
        return loop.isRunning();
    }

    /** Before the outbox stops, after it starts: updates are handled only while replies can be queued. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 1;
    }

    /** Handles the oldest pending update; false when there is none. */
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
        // updates of a channel that is switched off wait for it instead of failing
        String channels = String.join(",", handlers.keySet().stream().map(c -> "'" + c.name() + "'").toList());
        List<Claimed> next = jdbc.query("""
                select id, channel, update_id, payload, attempts from inbound_update
                where processed_at is null and channel in (%s)
                order by id limit 1 for update skip locked""".formatted(channels),
                (rs, i) -> new Claimed(rs.getLong(1), Channel.valueOf(rs.getString(2)), rs.getLong(3),
                        rs.getString(4), rs.getInt(5)));
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

    /** A failed attempt is counted outside the rolled-back transaction, so a poison update cannot block the queue. */
    void countFailedAttempt(long id) {
        jdbc.update("update inbound_update set attempts = attempts + 1 where id = ?", id);
    }
}
