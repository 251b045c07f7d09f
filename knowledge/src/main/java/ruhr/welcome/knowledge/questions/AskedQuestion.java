package ruhr.welcome.knowledge.questions;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One question as the bot saw it. The asker is a pseudonym chosen by the channel (never a chat id
 * or a name), so editors read what people ask without learning who asked.
 */
@Entity
@Table(name = "question_log")
public class AskedQuestion {

    static final int MAX_TEXT = 4096;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private Instant askedAt = Instant.now();

    @Column(nullable = false, length = 64)
    private String asker;

    @Column(nullable = false, length = 16)
    private String channel;

    @Column(nullable = false, length = MAX_TEXT)
    private String question;

    private String detectedLang;
    private Float langConfidence;
    private String answerLang;
    private String city;

    @Column(nullable = false, length = 16)
    private String decision;

    @Column(nullable = false)
    private float confidence;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]", nullable = false)
    private List<String> topEntryKeys = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "real[]", nullable = false)
    private float[] topScores = new float[0];

    @Enumerated(EnumType.STRING)
    private Feedback feedback;

    @Column(length = 1000)
    private String feedbackComment;

    private Instant feedbackAt;

    @Column(nullable = false)
    private boolean handedToGuide;

    private String chosenEntryKey;

    protected AskedQuestion() {
    }

    AskedQuestion(QuestionAsked asked) {
        this.asker = asked.asker();
        this.channel = asked.channel();
        this.question = asked.question().length() > MAX_TEXT ? asked.question().substring(0, MAX_TEXT) : asked.question();
        this.detectedLang = asked.detectedLang();
        this.langConfidence = (float) asked.langConfidence();
        this.answerLang = asked.answerLang();
        this.city = asked.city();
        this.decision = asked.decision();
        this.confidence = (float) asked.confidence();
        this.topEntryKeys = new ArrayList<>(asked.topEntryKeys());
        this.topScores = new float[asked.topScores().size()];
        for (int i = 0; i < topScores.length; i++) {
            topScores[i] = asked.topScores().get(i).floatValue();
        }
    }

    void giveFeedback(Feedback feedback, String comment) {
        this.feedback = feedback;
        this.feedbackComment = comment == null || comment.isBlank() ? null
                : comment.strip().substring(0, Math.min(comment.strip().length(), 1000));
        this.feedbackAt = Instant.now();
    }

    /** The asker tapped one of the entries offered for this question; only an offered one counts. */
    boolean choose(String entryKey) {
        if (!topEntryKeys.contains(entryKey)) {
            return false;
        }
        this.chosenEntryKey = entryKey;
        return true;
    }

    void markHandedToGuide() {
        this.handedToGuide = true;
    }

    String getAskerForCheck() { return asker; }

    public Long getId() { return id; }
    public Instant getAskedAt() { return askedAt; }
    public String getChannel() { return channel; }
    public String getQuestion() { return question; }
    public String getDetectedLang() { return detectedLang; }
    public String getAnswerLang() { return answerLang; }
    public String getCity() { return city; }
    public String getDecision() { return decision; }
    public float getConfidence() { return confidence; }
    public List<String> getTopEntryKeys() { return List.copyOf(topEntryKeys); }
    public Feedback getFeedback() { return feedback; }
    public String getFeedbackComment() { return feedbackComment; }
    public boolean isHandedToGuide() { return handedToGuide; }
    public String getChosenEntryKey() { return chosenEntryKey; }
}
