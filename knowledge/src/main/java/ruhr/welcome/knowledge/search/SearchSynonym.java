package ruhr.welcome.knowledge.search;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One synonym group an editor added; read and written only through {@link SearchSynonyms}. */
@Entity
@Table(name = "search_synonym")
class SearchSynonym {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 8)
    private String lang;

    /** Equivalent terms, comma-separated (one Solr synonym line without rewrite rules). */
    @Column(nullable = false)
    private String terms;

    @Column(nullable = false)
    private Instant createdAt = Instant.now();

    @Column(nullable = false, length = 120)
    private String createdBy;

    protected SearchSynonym() {
    }

    SearchSynonym(String lang, String terms, String createdBy) {
        this.lang = lang;
        this.terms = terms;
        this.createdBy = createdBy;
    }

    Long getId() {
        return id;
    }

    String getLang() {
        return lang;
    }

    String getTerms() {
        return terms;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    String getCreatedBy() {
        return createdBy;
    }
}
