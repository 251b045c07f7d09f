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

/**
 * A newcomer's request to talk to a Welcome Guide. Owns its state machine: consent, an optional
 * note, waiting for a guide, connected, closed; each move is checked and an illegal one throws.
 */
@Entity
@Table(name = "handoff")
public class Handoff {

    public static final int MAX_NOTE = 500;

    /** Who ended it. */
    public enum ClosedBy { NEWCOMER, GUIDE, TIMEOUT, WITHDRAWN }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private long conversationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private HandoffState state = HandoffState.AWAITING_CONSENT;

    @Column(nullable = false)
    private String lang;

    private String city;
    private String topic;
    private String note;

    private Long guideId;

    @Column(nullable = false)
    private Instant requestedAt = Instant.now();

    private Instant acceptedAt;
    private Instant closedAt;

    @Enumerated(EnumType.STRING)
    private ClosedBy closedBy;

    private Short rating;
    private String ratingComment;

    @Version
    private int version;

    protected Handoff() {
    }

    Handoff(long conversationId, String lang, String city, String topic) {
        this.conversationId = conversationId;
        this.lang = lang;
        this.city = city;
        this.topic = topic;
    }

    void consented() {
        require(HandoffState.AWAITING_CONSENT);
        state = HandoffState.AWAITING_NOTE;
    }

    /** The note is optional (null to skip); the request then waits for a guide. */
    void noted(String text) {
        require(HandoffState.AWAITING_NOTE);
        if (text != null && !text.isBlank()) {
            String clean = text.strip();
            note = clean.length() > MAX_NOTE ? clean.substring(0, MAX_NOTE) : clean;
        }
        requestedAt = Instant.now(); // the queue counts from the moment the request is complete
        state = HandoffState.WAITING;
    }

    // WAITING -> CONNECTED is HandoffDesk.accept: one conditional update, so exactly one guide wins.

    /** Back to waiting for another guide, e.g. after the first one went silent. */
    void released() {
        require(HandoffState.CONNECTED);
        guideId = null;
        acceptedAt = null;
        state = HandoffState.WAITING;
    }

    void close(ClosedBy by) {
        if (!state.isOpen()) {
            throw new IllegalStateException("handoff " + id + " is already closed");
        }
        state = HandoffState.CLOSED;
        closedBy = by;
        closedAt = Instant.now();
    }

    void rate(int stars) {
        if (state != HandoffState.CLOSED || guideId == null) {
            throw new IllegalStateException("only a closed chat with a guide can be rated");
        }
        if (stars < 1 || stars > 5) {
            throw new IllegalArgumentException("a rating is 1 to 5");
        }
        rating = (short) stars;
    }

    void comment(String text) {
        if (rating == null) {
            throw new IllegalStateException("a comment follows a rating");
        }
        String clean = text.strip();
        ratingComment = clean.length() > 1000 ? clean.substring(0, 1000) : clean;
    }

    private void require(HandoffState expected) {
        if (state != expected) {
            throw new IllegalStateException("handoff " + id + " is " + state + ", not " + expected);
        }
    }

    public Long getId() { return id; }
    public long getConversationId() { return conversationId; }
    public HandoffState getState() { return state; }
    public String getLang() { return lang; }
    public String getCity() { return city; }
    public String getTopic() { return topic; }
    public String getNote() { return note; }
    public Long getGuideId() { return guideId; }
    public Instant getRequestedAt() { return requestedAt; }
    public Instant getAcceptedAt() { return acceptedAt; }
    public Short getRating() { return rating; }
    public ClosedBy getClosedBy() { return closedBy; }
}
