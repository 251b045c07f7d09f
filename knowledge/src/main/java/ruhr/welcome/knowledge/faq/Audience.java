package ruhr.welcome.knowledge.faq;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/** The five target groups of welcome.ruhr. */
public enum Audience {
    SKILLED_WORKERS("skilled-workers"), STUDENTS("students"), RESEARCHERS("researchers"),
    ENTREPRENEURS("entrepreneurs"), FAMILIES("families");

    private final String id;

    Audience(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<Audience> byId(String id) {
        return Arrays.stream(values()).filter(a -> a.id.equals(id)).findFirst();
    }

    /** All ids, in declaration order. */
    public static Set<String> byIdSet() {
        var ids = new LinkedHashSet<String>();
        Arrays.stream(values()).forEach(v -> ids.add(v.id));
        return ids;
    }
}
