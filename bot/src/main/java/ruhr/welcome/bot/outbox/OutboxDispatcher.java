package ruhr.welcome.bot.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
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
    private final RateLimiter global;
    private final Semaphore inFlightPermits;
    private final Set<String> inFlightChats = ConcurrentHashMap.newKeySet();
    private final Map<String, Long> nextAllowed = new ConcurrentHashMap<>();
    private final WorkerLoop loop = new WorkerLoop("outbox-dispatcher", () -> dispatchDue() > 0,
            Duration.ofMillis(100), Duration.ofSeconds(1));
    private ExecutorService workers;

    OutboxDispatcher(OutboxRepository messages, List<ChannelSender> senders, OutboxProperties properties,
                     ApplicationEventPublisher events) {
        this.messages = messages;
        this.senders = senders.stream().collect(Collectors.toMap(ChannelSender::channel, Function.identity()));
        this.properties = properties;
        this.events = events;
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

    /**
     * One round: reads the due heads, picks those whose chat is free and within its cap, leases them
     * in one statement and hands them to the senders.
     */
    private int dispatchDue() {
        List<OutboxMessage> heads = messages.dueHeads(500);
        long now = System.nanoTime();
        if (nextAllowed.size() > 10_000) {
            nextAllowed.values().removeIf(allowed -> allowed <= now); // chats past their interval need no entry
        }
        Map<Long, OutboxMessage> chosen = new LinkedHashMap<>();
        for (OutboxMessage message : heads) {
            String chat = message.chat();
            if (inFlightChats.contains(chat) || nextAllowed.getOrDefault(chat, now) > now) {
                continue;
            }
            if (!inFlightPermits.tryAcquire()) {
                break;
            }
            chosen.put(message.id(), message);
        }
        if (chosen.isEmpty()) {
            return 0;
        }
        List<Long> leased = messages.lease(List.copyOf(chosen.keySet()), Instant.now().plus(LEASE));
        inFlightPermits.release(chosen.size() - leased.size()); // another instance was faster
        for (Long id : leased) {
            OutboxMessage message = chosen.get(id);
            inFlightChats.add(message.chat());
            global.acquire();
            workers.submit(() -> deliver(message));
        }
        return leased.size();
    }

    private void deliver(OutboxMessage message) {
        try {
            settle(message, send(message));
        } catch (RuntimeException e) {
            log.warn("Outbox message {} not settled, it will be retried: {}", message.id(), e.toString());
        } finally {
            if (!properties.perChatInterval().isZero()) {
                nextAllowed.put(message.chat(), System.nanoTime() + properties.perChatInterval().toNanos());
            }
            inFlightChats.remove(message.chat());
            inFlightPermits.release();
            wake();
        }
    }

    private SendResult send(OutboxMessage message) {
        ChannelSender sender = senders.get(message.channel());
        if (sender == null) {
            return new SendResult.Retry(Duration.ofSeconds(30), "channel " + message.channel() + " is off");
        }
        try {
            return sender.send(message.chatId(), message.method(), message.payload());
        } catch (RuntimeException e) {
            return new SendResult.Retry(null, e.getClass().getSimpleName());
        }
    }

    /** Each outcome is one conditional update: a message no longer pending is left as it is. */
    private void settle(OutboxMessage message, SendResult result) {
        switch (result) {
            case SendResult.Sent ignored -> messages.sent(message.id());
            case SendResult.Unreachable unreachable -> {
                if (messages.drop(message.id(), unreachable.reason())) {
                    events.publishEvent(new ChatUnreachable(new ChatRef(message.channel(), message.chatId())));
                }
            }
            case SendResult.Rejected rejected -> {
                messages.drop(message.id(), rejected.reason());
                log.warn("Outbox message {} ({}) refused by the channel: {}", message.id(), message.method(),
                        rejected.reason());
            }
            case SendResult.Retry retry -> {
                if (Duration.between(message.createdAt(), Instant.now()).compareTo(properties.maxAge()) > 0) {
                    messages.drop(message.id(), "gave up after " + properties.maxAge() + ": " + retry.reason());
                } else {
                    messages.retryAfter(message.id(), retry.after() != null ? retry.after() : backoff(message.attempts()),
                            retry.reason());
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
