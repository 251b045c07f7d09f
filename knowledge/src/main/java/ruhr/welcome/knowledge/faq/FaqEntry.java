package ruhr.welcome.knowledge.faq;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MapKey;
import jakarta.persistence.OneToMany;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One FAQ entry: what it is about, where it applies, and its texts per language. */
@Entity
@Table(name = "faq_entry")
public class FaqEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "entry_key", nullable = false, unique = true, length = 80)
    private String key;

    /** Null for the whole region. */
    private String city;

    /** For a city entry: the regional entry it replaces for users in that city. */
    private String variantOf;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private EntryStatus status = EntryStatus.DRAFT;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]", nullable = false)
    private List<String> topics = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]", nullable = false)
    private List<String> audiences = new ArrayList<>();

    @Column(nullable = false)
    private LocalDate lastReviewed;

    @Version
    private int version;

    @Column(nullable = false, updatable = false)
    private Instant createdAt = Instant.now();

    @Column(nullable = false)
    private Instant updatedAt = Instant.now();

    @OneToMany(mappedBy = "entry", cascade = CascadeType.ALL, orphanRemoval = true)
    @MapKey(name = "lang")
    private Map<String, FaqText> texts = new TreeMap<>();

    protected FaqEntry() {
    }

    public FaqEntry(String key, LocalDate lastReviewed) {
        this.key = key;
        this.lastReviewed = lastReviewed;
    }

    @PreUpdate
    void touch() {
        updatedAt = Instant.now();
    }

    /** The language translations are made from. */
    public static final String SOURCE_LANGUAGE = "de";

    /** Adds or replaces the text in one language. */
    public FaqText putText(String lang, String question, List<String> alternates, String answer, List<FaqLink> links) {
        putTexts(Map.of(lang, new FaqText.Content(question, alternates, answer, links)));
        return texts.get(lang);
    }

    /**
     * Adds or replaces texts as one change: the source text is written first, so a translation
     * edited in the same change counts as made from the source's new state.
     */
    public void putTexts(Map<String, FaqText.Content> contents) {
        if (contents.isEmpty()) {
            return;
        }
        Instant at = Instant.now();
        String source = texts.containsKey(SOURCE_LANGUAGE) || contents.containsKey(SOURCE_LANGUAGE) ? SOURCE_LANGUAGE
                : sourceLang() != null ? sourceLang() : contents.keySet().iterator().next();
        var ordered = new ArrayList<>(contents.keySet());
        ordered.sort(Comparator.comparing((String lang) -> !lang.equals(source)).thenComparing(Comparator.naturalOrder()));
        for (String lang : ordered) {
            FaqText.Content content = contents.get(lang);
            FaqText text = texts.get(lang);
            if (text == null) {
                text = new FaqText(this, lang);
                texts.put(lang, text);
            }
            boolean changed = text.update(content.question(), content.alternates(), content.answer(), content.links(), at);
            if (changed) {
                FaqText sourceText = texts.get(source);
                text.basedOnSourceAt(sourceText == null ? at : sourceText.getUpdatedAt());
            }
        }
    }

    public void removeText(String lang) {
        texts.remove(lang);
    }

    /** German when the entry has it, else the language of its first text. */
    public String sourceLang() {
        if (texts.containsKey(SOURCE_LANGUAGE)) {
            return SOURCE_LANGUAGE;
        }
        return texts.values().stream()
                .min(Comparator.comparing(FaqText::getId, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(FaqText::getLang))
                .map(FaqText::getLang).orElse(null);
    }

    /** A translation whose source text changed after the translation was last edited. */
    public boolean isStale(String lang) {
        FaqText text = texts.get(lang);
        String source = sourceLang();
        if (text == null || lang.equals(source)) {
            return false;
        }
        return texts.get(source).getUpdatedAt().isAfter(text.getSourceChangedAt());
    }

    /** An editor checked the translation against the current source text and it still says the same. */
    public void markTranslationCurrent(String lang) {
        FaqText text = texts.get(lang);
        String source = sourceLang();
        if (text != null && source != null) {
            text.basedOnSourceAt(texts.get(source).getUpdatedAt());
        }
    }

    /**
     * Moves the entry along the workflow (draft, review, published, back to draft).
     *
     * @throws IllegalStatusChange for a move the workflow does not allow
     */
    public void moveTo(EntryStatus target) {
        if (!status.canMoveTo(target)) {
            throw new IllegalStatusChange(key, status, target);
        }
        status = target;
        updatedAt = Instant.now();
    }

    /** Marks the entry itself as changed, so a change of its texts alone also raises its version. */
    public void markEdited() {
        updatedAt = Instant.now();
    }

    public Long getId() { return id; }
    public String getKey() { return key; }
    public String getCity() { return city; }
    public String getVariantOf() { return variantOf; }
    public EntryStatus getStatus() { return status; }
    public List<String> getTopics() { return List.copyOf(topics); }
    public List<String> getAudiences() { return List.copyOf(audiences); }
    public LocalDate getLastReviewed() { return lastReviewed; }
    public int getVersion() { return version; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public Map<String, FaqText> getTexts() { return java.util.Collections.unmodifiableMap(texts); }

    public void setScope(String city, String variantOf) {
        if (variantOf != null && city == null) {
            throw new IllegalArgumentException("only a city entry can replace a regional one");
        }
        this.city = city;
        this.variantOf = variantOf;
    }

    /** Sets the status without the workflow: for imports, which replace an entry as a whole. */
    public void setStatus(EntryStatus status) { this.status = status; }
    public void setTopics(List<String> topics) { this.topics = new ArrayList<>(topics); }
    public void setAudiences(List<String> audiences) { this.audiences = new ArrayList<>(audiences); }
    public void setLastReviewed(LocalDate lastReviewed) { this.lastReviewed = lastReviewed; }
}
