package ruhr.welcome.knowledge.faq;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An entry's question, other phrasings, answer and official links in one language. */
@Entity
@Table(name = "faq_text")
public class FaqText {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "entry_id")
    private FaqEntry entry;

    @Column(nullable = false, length = 8)
    private String lang;

    @Column(nullable = false, length = 300)
    private String question;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]", nullable = false)
    private List<String> alternates = new ArrayList<>();

    @Column(nullable = false)
    private String answer;

    @Column(nullable = false)
    private Instant updatedAt = Instant.now();

    /**
     * When the entry's source text (German, else its first language) had last changed at the time this
     * text was last edited: a later change of the source makes this translation stale.
     */
    @Column(nullable = false)
    private Instant sourceChangedAt = updatedAt;

    @ElementCollection
    @CollectionTable(name = "faq_link", joinColumns = @JoinColumn(name = "text_id"))
    @OrderColumn(name = "position")
    private List<FaqLink> links = new ArrayList<>();

    protected FaqText() {
    }

    FaqText(FaqEntry entry, String lang) {
        this.entry = entry;
        this.lang = lang;
    }

    /** The texts of one language as editors write them. */
    public record Content(String question, List<String> alternates, String answer, List<FaqLink> links) {
        public Content {
            alternates = List.copyOf(alternates);
            links = List.copyOf(links);
        }
    }

    /** Returns whether anything changed. */
    boolean update(String question, List<String> alternates, String answer, List<FaqLink> links, Instant at) {
        boolean changed = !question.equals(this.question) || !answer.equals(this.answer)
                || !alternates.equals(this.alternates) || !links.equals(this.links);
        this.question = question;
        this.alternates = new ArrayList<>(alternates);
        this.answer = answer;
        this.links = new ArrayList<>(links);
        if (changed) {
            updatedAt = at;
        }
        return changed;
    }

    void basedOnSourceAt(Instant sourceChangedAt) {
        this.sourceChangedAt = sourceChangedAt;
    }

    public String getLang() { return lang; }
    public String getQuestion() { return question; }
    public List<String> getAlternates() { return List.copyOf(alternates); }
    public String getAnswer() { return answer; }
    public List<FaqLink> getLinks() { return List.copyOf(links); }
    public Instant getUpdatedAt() { return updatedAt; }
    public Instant getSourceChangedAt() { return sourceChangedAt; }
    Long getId() { return id; }
}
