package ruhr.welcome.knowledge.faq;

import java.util.Set;

/** Entries were created, edited, published or removed: whoever serves answers refreshes them. */
public record FaqChanged(Set<String> keys) {
    public FaqChanged {
        keys = Set.copyOf(keys);
    }
}
