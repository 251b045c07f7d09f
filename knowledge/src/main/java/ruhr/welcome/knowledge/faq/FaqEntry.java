package ruhr.welcome.knowledge.faq;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
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

    /** Adds or replaces the text in one language. */
    public FaqText putText(String lang, String question, List<String> alternates, String answer, List<FaqLink> links) {
        FaqText text = texts.get(lang);
        if (text == null) {
            text = new FaqText(this, lang);
            texts.put(lang, text);
        }
        text.update(question, alternates, answer, links);
        return text;
    }

    public void removeText(String lang) {
        texts.remove(lang);
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

    public void setStatus(EntryStatus status) { this.status = status; }
    public void setTopics(List<String> topics) { this.topics = new ArrayList<>(topics); }
    public void setAudiences(List<String> audiences) { this.audiences = new ArrayList<>(audiences); }
    public void setLastReviewed(LocalDate lastReviewed) { this.lastReviewed = lastReviewed; }
}
