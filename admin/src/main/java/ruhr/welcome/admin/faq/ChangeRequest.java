package ruhr.welcome.admin.faq;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A change a city editor proposed to a regional entry; pending until accepted or rejected once. */
@Entity
@Table(name = "faq_change_request")
class ChangeRequest {

    enum State { PENDING, ACCEPTED, REJECTED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "entry_key", nullable = false)
    private String entryKey;

    /** The entry's version the proposal was written against. */
    @Column(nullable = false)
    private int baseVersion;

    /** The proposed entry as an exchange-format JSON object. */
    @Column(nullable = false)
    private String proposal;

    private String note;

    @Column(nullable = false)
    private String proposedBy;

    @Column(nullable = false)
    private Instant proposedAt = Instant.now();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private State state = State.PENDING;

    private String decidedBy;

    private Instant decidedAt;

    protected ChangeRequest() {
    }

    ChangeRequest(String entryKey, int baseVersion, String proposal, String note, String proposedBy) {
        this.entryKey = entryKey;
        this.baseVersion = baseVersion;
        this.proposal = proposal;
        this.note = note;
        this.proposedBy = proposedBy;
    }

    void accept(String by) {
        decide(State.ACCEPTED, by);
    }

    void reject(String by) {
        decide(State.REJECTED, by);
    }

    private void decide(State outcome, String by) {
        if (state != State.PENDING) {
            throw new IllegalStateException("change request " + id + " was already " + state.name().toLowerCase());
        }
        state = outcome;
        decidedBy = by;
        decidedAt = Instant.now();
    }

    Long getId() { return id; }
    String getEntryKey() { return entryKey; }
    int getBaseVersion() { return baseVersion; }
    String getProposal() { return proposal; }
    String getNote() { return note; }
    String getProposedBy() { return proposedBy; }
    Instant getProposedAt() { return proposedAt; }
    State getState() { return state; }
}
