package ruhr.welcome.knowledge.faq;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/** What an entry is about; the ids are used in files, URLs and the database. */
public enum Topic {
    RESIDENCE("residence"), WORK("work"), RECOGNITION("recognition"), STUDY("study"), RESEARCH("research"),
    BUSINESS("business"), FAMILY("family"), CHILDCARE_SCHOOL("childcare-school"), HEALTH("health"),
    HOUSING("housing"), MONEY_TAX("money-tax"), LANGUAGE_COURSES("language-courses"),
    EVERYDAY_LIFE("everyday-life"), ADVICE("advice");

    private final String id;

    Topic(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<Topic> byId(String id) {
        return Arrays.stream(values()).filter(t -> t.id.equals(id)).findFirst();
    }

    /** All ids, in declaration order. */
    public static Set<String> byIdSet() {
        var ids = new LinkedHashSet<String>();
        Arrays.stream(values()).forEach(v -> ids.add(v.id));
        return ids;
    }
}
