package ruhr.welcome.knowledge.faq;

import java.util.Set;

/**
 * Where an entry is in the editors' workflow: drafted, waiting for a second look, published. Only
 * published entries are answered; any entry can go back to draft.
 */
public enum EntryStatus {
    DRAFT, REVIEW, PUBLISHED;

    /** The statuses an editor may move an entry in this status to. */
    public Set<EntryStatus> next() {
        return switch (this) {
            case DRAFT -> Set.of(REVIEW);
            case REVIEW -> Set.of(PUBLISHED, DRAFT);
            case PUBLISHED -> Set.of(DRAFT);
        };
    }

    public boolean canMoveTo(EntryStatus target) {
        return next().contains(target);
    }
}
