package ruhr.welcome.bot.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import ruhr.welcome.bot.conversation.Channel;
import ruhr.welcome.bot.conversation.ChatRef;
import ruhr.welcome.bot.support.WorkerLoop;

/**
 * Delivers the outbox: the oldest due message of each chat, at most one per chat per interval and
 * a global rate, several chats in parallel. Temporary failures are retried with backoff (or after
 * the channel's retry_after); an unreachable chat stops its retries.
 */
@Component
class OutboxDispatcher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxDispatcher.class);
    private static final Duration LEASE = Duration.ofSeconds(60);
    private static final Duration MAX_BACKOFF = Duration.ofMinutes(5);

    private final OutboxRepository messages;
    private final Map<Channel, ChannelSender> senders;
    private final OutboxProperties properties;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final RateLimiter global;
    private final Semaphore inFlightPermits;
    private final Set<String> inFlightChats = ConcurrentHashMap.newKeySet();
    private final Map<String, Long> nextAllowed = new ConcurrentHashMap<>();
    private final WorkerLoop loop = new WorkerLoop("outbox-dispatcher", () -> dispatchDue() > 0,
            Duration.ofMillis(100), Duration.ofSeconds(1));
    private ExecutorService workers;

    OutboxDispatcher(OutboxRepository messages, List<ChannelSender> senders, OutboxProperties properties,
                     ApplicationEventPublisher events, PlatformTransactionManager transactions) {
        this.messages = messages;
        this.senders = senders.stream().collect(Collectors.toMap(ChannelSender::channel, Function.identity()));
        this.properties = properties;
        this.events = events;
        this.tx = new TransactionTemplate(transactions);
        this.global = new RateLimiter(properties.globalPerSecond());
        this.inFlightPermits = new Semaphore(properties.senders());
    }

    void wake() {
        loop.wake();
    }

    @Override
    public void start() {
        workers = Executors.newVirtualThreadPerTaskExecutor();
        loop.start();
    }

    @Override
    public void stop() {
        loop.stop(Duration.ofSeconds(5));
        workers.shutdown();
        try {
            workers.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return loop.isRunning();
    }

    private int dispatchDue() {
        int started = 0;
        List<OutboxMessage> heads = tx.execute(s -> messages.dueHeads(500));
        long now = System.nanoTime();
        for (OutboxMessage message : heads) {
            String chat = message.getChannel() + ":" + message.getChatId();
            if (inFlightChats.contains(chat) || nextAllowed.getOrDefault(chat, now) > now) {
                continue;
            }
            if (!inFlightPermits.tryAcquire()) {
                break;
            }
            Integer leased = tx.execute(s -> messages.lease(message.getId(), Instant.now().plus(LEASE)));
            if (leased == null || leased == 0) {
                inFlightPermits.release();
                continue;
            }
            inFlightChats.add(chat);
            global.acquire();
            workers.submit(() -> deliver(message, chat));
            started++;
        }
        return started;
    }

    private void deliver(OutboxMessage message, String chat) {
        try {
            SendResult result = send(message);
            tx.executeWithoutResult(s -> messages.findById(message.getId()).ifPresent(m -> apply(m, result)));
        } catch (RuntimeException e) {
            log.warn("Outbox message {} not settled, it will be retried: {}", message.getId(), e.toString());
        } finally {
            nextAllowed.put(chat, System.nanoTime() + properties.perChatInterval().toNanos());
            inFlightChats.remove(chat);
            inFlightPermits.release();
            wake();
        }
    }

    private SendResult send(OutboxMessage message) {
        ChannelSender sender = senders.get(message.getChannel());
        if (sender == null) {
            return new SendResult.Retry(Duration.ofSeconds(30), "channel " + message.getChannel() + " is off");
        }
        try {
            return sender.send(message.getChatId(), message.getMethod(), message.getPayload());
        } catch (RuntimeException e) {
            return new SendResult.Retry(null, e.getClass().getSimpleName());
        }
    }

    private void apply(OutboxMessage message, SendResult result) {
        if (message.getState() != OutboxMessage.State.PENDING) {
            return;
        }
        switch (result) {
            case SendResult.Sent ignored -> message.sent();
            case SendResult.Unreachable unreachable -> {
                message.drop(unreachable.reason());
                events.publishEvent(new ChatUnreachable(new ChatRef(message.getChannel(), message.getChatId())));
            }
            case SendResult.Rejected rejected -> {
                message.drop(rejected.reason());
                log.warn("Outbox message {} ({}) refused by the channel: {}", message.getId(), message.getMethod(),
                        rejected.reason());
            }
            case SendResult.Retry retry -> {
                if (Duration.between(message.getCreatedAt(), Instant.now()).compareTo(properties.maxAge()) > 0) {
                    message.drop("gave up after " + properties.maxAge() + ": " + retry.reason());
                } else {
                    message.retryAfter(retry.after() != null ? retry.after() : backoff(message.getAttempts()), retry.reason());
                }
            }
        }
    }

    /** 1 s, 2 s, 4 s ... up to 5 minutes. */
    static Duration backoff(int attempts) {
        long seconds = 1L << Math.min(attempts, 20);
        return seconds > MAX_BACKOFF.toSeconds() ? MAX_BACKOFF : Duration.ofSeconds(seconds);
    }
}
