package ruhr.welcome.admin.faq;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One saved state of an entry; never changed after it is written. */
@Entity
@Table(name = "faq_entry_version")
class FaqEntryVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "entry_key", nullable = false)
    private String entryKey;

    @Column(nullable = false)
    private int revision;

    @Column(nullable = false)
    private String action;

    @Column(nullable = false)
    private String actor;

    @Column(nullable = false)
    private Instant at = Instant.now();

    /** The entry as an exchange-format JSON object. */
    @Column(nullable = false)
    private String snapshot;

    protected FaqEntryVersion() {
    }

    FaqEntryVersion(String entryKey, int revision, String action, String actor, String snapshot) {
        this.entryKey = entryKey;
        this.revision = revision;
        this.action = action;
        this.actor = actor;
        this.snapshot = snapshot;
    }

    String getEntryKey() { return entryKey; }
    int getRevision() { return revision; }
    String getAction() { return action; }
    String getActor() { return actor; }
    Instant getAt() { return at; }
    String getSnapshot() { return snapshot; }
}
