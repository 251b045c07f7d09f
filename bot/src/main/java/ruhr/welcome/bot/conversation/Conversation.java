package ruhr.welcome.bot.conversation;

import java.time.Instant;
import java.util.UUID;

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
 * A newcomer's conversation on one channel. Owns its small state machine: every move is a method
 * that refuses an illegal transition instead of silently setting a field.
 */
@Entity
@Table(name = "conversation")
public class Conversation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Channel channel;

    @Column(nullable = false)
    private String externalId;

    @Column(nullable = false)
    private int pseudonym;

    @Column(nullable = false, length = 40)
    private String askerRef = UUID.randomUUID().toString();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ConversationState state = ConversationState.ACTIVE;

    private String lang;

    @Column(nullable = false)
    private boolean langExplicit;

    private String city;

    @Column(nullable = false)
    private boolean unreachable;

    @Column(nullable = false, updatable = false)
    private Instant createdAt = Instant.now();

    @Column(nullable = false)
    private Instant lastActivityAt = Instant.now();

    /** The question the last 👍/👎 buttons belong to. */
    private Long lastQuestionId;

    @Version
    private int version;

    protected Conversation() {
    }

    Conversation(ChatRef chat, int pseudonym, String lang) {
        this.channel = chat.channel();
        this.externalId = chat.externalId();
        this.pseudonym = pseudonym;
        this.lang = lang;
    }

    void touch() {
        lastActivityAt = Instant.now();
    }

    void answered(long questionId) {
        requireState(ConversationState.ACTIVE, "answer a question");
        lastQuestionId = questionId;
    }

    void askForFeedbackComment(long questionId) {
        requireState(ConversationState.ACTIVE, "ask what was missing");
        lastQuestionId = questionId;
        state = ConversationState.AWAITING_FEEDBACK_COMMENT;
    }

    /** The comment arrived or was skipped. */
    void feedbackCommentDone() {
        requireState(ConversationState.AWAITING_FEEDBACK_COMMENT, "take a feedback comment");
        state = ConversationState.ACTIVE;
    }

    void askForRatingComment() {
        requireState(ConversationState.ACTIVE, "ask for a comment on the guide");
        state = ConversationState.AWAITING_RATING_COMMENT;
    }

    void ratingCommentDone() {
        requireState(ConversationState.AWAITING_RATING_COMMENT, "take a comment on the guide");
        state = ConversationState.ACTIVE;
    }

    void askToConfirmForget() {
        state = ConversationState.CONFIRMING_FORGET;
    }

    void forgetCancelled() {
        requireState(ConversationState.CONFIRMING_FORGET, "cancel forgetting");
        state = ConversationState.ACTIVE;
    }

    /** Any command or menu choice leaves a pending question unanswered without complaint. */
    void resetToActive() {
        state = ConversationState.ACTIVE;
    }

    void chooseLanguage(String lang) {
        this.lang = lang;
        this.langExplicit = true;
    }

    void detectedLanguage(String lang) {
        this.lang = lang;
    }

    void chooseCity(String city) {
        this.city = city;
    }

    void markUnreachable() {
        this.unreachable = true;
    }

    private void requireState(ConversationState expected, String action) {
        if (state != expected) {
            throw new IllegalStateException("cannot " + action + " in state " + state);
        }
    }

    public Long getId() { return id; }
    public ChatRef getChat() { return new ChatRef(channel, externalId); }
    public int getPseudonym() { return pseudonym; }
    public String getAskerRef() { return askerRef; }
    public ConversationState getState() { return state; }
    public String getLang() { return lang; }
    public boolean isLangExplicit() { return langExplicit; }
    public String getCity() { return city; }
    public boolean isUnreachable() { return unreachable; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getLastActivityAt() { return lastActivityAt; }
    public Long getLastQuestionId() { return lastQuestionId; }
}
