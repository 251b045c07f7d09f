package ruhr.welcome.bot.handoff;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A newcomer's request to talk to a Welcome Guide; owns its state machine. */
@Entity
@Table(name = "handoff")
public class Handoff {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private long conversationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private HandoffState state = HandoffState.REQUESTED;

    @Column(nullable = false)
    private String lang;

    private String city;
    private String topic;
    private String note;

    @Column(nullable = false)
    private Instant requestedAt = Instant.now();

    private Instant closedAt;

    @Version
    private int version;

    protected Handoff() {
    }

    Handoff(long conversationId, String lang, String city) {
        this.conversationId = conversationId;
        this.lang = lang;
        this.city = city;
    }

    void close() {
        if (!state.isOpen()) {
            throw new IllegalStateException("handoff " + id + " is already closed");
        }
        state = HandoffState.CLOSED;
        closedAt = Instant.now();
    }

    public Long getId() { return id; }
    public long getConversationId() { return conversationId; }
    public HandoffState getState() { return state; }
    public String getLang() { return lang; }
    public String getCity() { return city; }
    public Instant getRequestedAt() { return requestedAt; }
}
