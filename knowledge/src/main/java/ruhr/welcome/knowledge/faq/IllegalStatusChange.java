package ruhr.welcome.knowledge.faq;

/** An entry was asked to skip a step of the workflow, e.g. from draft straight to published. */
public class IllegalStatusChange extends IllegalStateException {

    private final EntryStatus from;
    private final EntryStatus to;

    public IllegalStatusChange(String key, EntryStatus from, EntryStatus to) {
        super("entry " + key + " cannot move from " + from + " to " + to + " (allowed: " + from.next() + ")");
        this.from = from;
        this.to = to;
    }

    public EntryStatus from() {
        return from;
    }

    public EntryStatus to() {
        return to;
    }
}
