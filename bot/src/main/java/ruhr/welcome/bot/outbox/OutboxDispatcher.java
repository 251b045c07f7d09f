package ruhr.welcome.bot.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
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
 * the channel's retry_after); an unreachable chat stops its retries. Messages that asked for it
 * keep the channel's id once delivered, and a change of such a message gets that id at sending.
 */
@Component
class OutboxDispatcher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxDispatcher.class);
    private static final Duration LEASE = Duration.ofSeconds(60);
    private static final Duration MAX_BACKOFF = Duration.ofMinutes(5);
    private static final Duration SEARCH_INTERVAL = Duration.ofSeconds(1);

    private final OutboxRepository messages;
    private final Map<Channel, ChannelSender> senders;
    private final OutboxProperties properties;
    private final ApplicationEventPublisher events;
    private final RateLimiter global;
    private final Semaphore inFlightPermits;
    /** Chats inside their per-chat interval, until when (nanoTime); empty when the interval is zero. */
    private final Map<String, Long> nextAllowed = new ConcurrentHashMap<>();
    /** Confirmed by the channel, not yet marked in the table. */
    private final Queue<Long> sent = new ConcurrentLinkedQueue<>();
    /** Confirmed with the channel's id of the message, which is kept; not yet marked in the table. */
    private final Queue<MessagesDelivered.Delivered> receipts = new ConcurrentLinkedQueue<>();
    /** Committed here, not leased yet: leased by id without searching the table. */
    private final FreshMessages fresh = new FreshMessages();
    /** Chats with a message on its way (until it is marked sent or settled otherwise), and that message. */
    private final Map<String, Long> inFlightChats = new ConcurrentHashMap<>();
    /** When the table is next searched for due messages (retries, other instances' or a crashed run's). */
    private final AtomicLong nextSearchAt = new AtomicLong();
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

    /** A message was committed by this instance. */
    void committed(ChatRef chat, long id) {
        fresh.add(chat.channel() + ":" + chat.externalId(), id);
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
        try {
            flushSent(); // what was delivered before the stop must not be sent again after the restart
        } catch (RuntimeException e) {
            log.warn("{} delivered outbox messages not marked sent; they will be sent again: {}", sent.size(), e.toString());
        }
    }

    @Override
    public boolean isRunning() {
        return loop.isRunning();
    }

    /**
     * One round, a few statements however many messages move: first the messages confirmed since
     * the last round are marked sent (which frees their chats' next messages), then, for as many
     * senders as are free, the messages committed here are leased by id and, now and then or while
     * a backlog lasts, the table is searched for other due ones; all go to the senders.
     */
    private int dispatchDue() {
        flushSent();
        int free = inFlightPermits.availablePermits();
        if (free == 0) {
            return 0;
        }
        long now = System.nanoTime();
        nextAllowed.values().removeIf(allowed -> allowed <= now); // only chats inside their interval stay
        Instant until = Instant.now().plus(LEASE);
        var leased = new ArrayList<OutboxMessage>();
        List<Long> heads = fresh.takeHeads(free, chat -> inFlightChats.containsKey(chat) || nextAllowed.containsKey(chat));
        if (!heads.isEmpty()) {
            leased.addAll(messages.leaseByIds(heads, until));
            if (leased.size() < heads.size()) {
                searchSoon(); // an earlier message of its chat waits for a retry, or another instance has it
            }
        }
        long due = nextSearchAt.get();
        if (leased.size() < free && now - due >= 0 && nextSearchAt.compareAndSet(due, now + SEARCH_INTERVAL.toNanos())) {
            var found = messages.leaseDueHeads(free - leased.size(), List.copyOf(nextAllowed.keySet()), until);
            if (!found.isEmpty()) {
                searchSoon(); // a backlog, after a restart or an outage: keep going until it is gone
            }
            leased.addAll(found);
        }
        for (OutboxMessage message : leased) {
            inFlightPermits.acquireUninterruptibly(); // only this thread takes permits: there are enough
            global.acquire();
            inFlightChats.put(message.chat(), message.id());
            workers.submit(() -> deliver(message));
        }
        return leased.size();
    }

    private void searchSoon() {
        nextSearchAt.set(System.nanoTime());
    }

    /** Marks confirmed messages sent, in one statement (two when some keep their channel id). */
    private void flushSent() {
        if (!sent.isEmpty()) {
            var ids = new ArrayList<Long>();
            for (Long id = sent.poll(); id != null; id = sent.poll()) {
                ids.add(id);
            }
            try {
                messages.sent(ids);
            } catch (RuntimeException e) {
                sent.addAll(ids); // the next round tries again; until then the lease keeps them from being resent
                throw e;
            }
            inFlightChats.values().removeAll(ids); // marked: their chats' next messages may go
        }
        if (!receipts.isEmpty()) {
            var delivered = new ArrayList<MessagesDelivered.Delivered>();
            for (var receipt = receipts.poll(); receipt != null; receipt = receipts.poll()) {
                delivered.add(receipt);
            }
            try {
                messages.sent(delivered.stream().map(MessagesDelivered.Delivered::outboxId).toList(),
                        delivered.stream().map(MessagesDelivered.Delivered::channelMessageId).toList());
            } catch (RuntimeException e) {
                receipts.addAll(delivered);
                throw e;
            }
            inFlightChats.values().removeAll(delivered.stream().map(MessagesDelivered.Delivered::outboxId).toList());
            announce(new MessagesDelivered(delivered));
        }
    }

    /**
     * The ids are stored with the outbox messages already, so a listener that fails loses nothing
     * urgent: a change of such a message still gets its id from there when it is sent.
     */
    private void announce(MessagesDelivered delivered) {
        try {
            events.publishEvent(delivered);
        } catch (RuntimeException e) {
            log.warn("{} delivered message ids not passed on: {}", delivered.messages().size(), e.toString());
        }
    }

    private void deliver(OutboxMessage message) {
        boolean confirmed = false;
        try {
            SendResult result = send(message);
            if (!properties.perChatInterval().isZero()) {
                // before the message is settled: from then on its chat's next message may be leased
                nextAllowed.put(message.chat(), System.nanoTime() + properties.perChatInterval().toNanos());
            }
            if (result instanceof SendResult.Sent(Long channelMessageId)) {
                // the dispatcher marks it in its next round, together with others
                if (message.receipt() && channelMessageId != null) {
                    receipts.add(new MessagesDelivered.Delivered(message.id(), channelMessageId));
                } else {
                    sent.add(message.id());
                }
                confirmed = true;
            } else {
                settle(message, result);
            }
        } catch (RuntimeException e) {
            log.warn("Outbox message {} not settled, it will be retried: {}", message.id(), e.toString());
        } finally {
            if (!confirmed) {
                inFlightChats.remove(message.chat()); // settled otherwise (or left to its lease): no longer on its way
            }
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
            if (message.about() == null) {
                return sender.send(message.chatId(), message.method(), message.payload());
            }
            // the changed message came first in this chat, so it is settled by now, its id kept if it was delivered
            Long changed = messages.channelMessageId(message.about());
            return changed == null ? new SendResult.Rejected("the message it changes was not delivered")
                    : sender.send(message.chatId(), message.method(), message.payload(), changed);
        } catch (RuntimeException e) {
            return new SendResult.Retry(null, e.getClass().getSimpleName());
        }
    }

    /** Each outcome is one conditional update: a message no longer pending is left as it is. */
    private void settle(OutboxMessage message, SendResult result) {
        switch (result) {
            case SendResult.Sent ignored -> messages.sent(List.of(message.id())); // not reached: deliver() queues these
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
                    Duration delay = retry.after() != null ? retry.after() : backoff(message.attempts());
                    messages.retryAfter(message.id(), delay, retry.reason());
                    nextSearchAt.accumulateAndGet(System.nanoTime() + delay.toNanos(), Math::min); // found when due
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
