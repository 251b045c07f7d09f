package ruhr.welcome.bot.outbox;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import ruhr.welcome.bot.conversation.Channel;

/**
 * A message waiting to be delivered. It stays until the channel confirms it, so a crash or an
 * outage of the channel loses nothing; per chat the order of creation is kept.
 */
@Entity
@Table(name = "outbox_message")
public class OutboxMessage {

    public enum State { PENDING, SENT, DROPPED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Channel channel;

    @Column(nullable = false)
    private String chatId;

    @Column(nullable = false)
    private String method;

    @Column(nullable = false)
    private String payload;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private State state = State.PENDING;

    @Column(nullable = false)
    private int attempts;

    @Column(nullable = false)
    private Instant nextAttemptAt = Instant.now();

    @Column(nullable = false, updatable = false)
    private Instant createdAt = Instant.now();

    private Instant sentAt;

    private String lastError;

    protected OutboxMessage() {
    }

    OutboxMessage(Channel channel, String chatId, String method, String payload) {
        this.channel = channel;
        this.chatId = chatId;
        this.method = method;
        this.payload = payload;
    }

    void sent() {
        requirePending();
        state = State.SENT;
        sentAt = Instant.now();
    }

    /** A temporary failure: try again later, with the delay the channel asked for or a backoff. */
    void retryAfter(Duration delay, String error) {
        requirePending();
        attempts++;
        nextAttemptAt = Instant.now().plus(delay);
        lastError = error;
    }

    /** The chat cannot be reached (bot blocked, chat gone): stop trying. */
    void drop(String error) {
        requirePending();
        state = State.DROPPED;
        lastError = error;
    }

    private void requirePending() {
        if (state != State.PENDING) {
            throw new IllegalStateException("outbox message " + id + " is already " + state);
        }
    }

    public Long getId() { return id; }
    public Channel getChannel() { return channel; }
    public String getChatId() { return chatId; }
    public String getMethod() { return method; }
    public String getPayload() { return payload; }
    public State getState() { return state; }
    public int getAttempts() { return attempts; }
    public Instant getCreatedAt() { return createdAt; }
}
