package ruhr.welcome.admin.faq;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import ruhr.welcome.admin.security.Role;
import ruhr.welcome.knowledge.faq.exchange.FaqFile;

/** Entries and people for the FAQ curation tests. */
final class FaqSamples {

    static final Actor ADMIN = new Actor("admin.anna", Role.ADMIN, null);
    static final Actor EDITOR = new Actor("editor.emil", Role.EDITOR, null);
    static final Actor ESSEN = new Actor("editor.essen", Role.EDITOR, "essen");
    static final Actor COORDINATOR = new Actor("coord.clara", Role.COORDINATOR, null);

    private FaqSamples() {
    }

    static FaqFile.Text text(String question, String answer) {
        return new FaqFile.Text(question, List.of(), answer, List.of());
    }

    static EntryContent regional(String key, String germanQuestion, String germanAnswer) {
        return new EntryContent(key, List.of("housing"), List.of(), null, null, LocalDate.of(2026, 11, 21),
                Map.of("de", text(germanQuestion, germanAnswer),
                        "en", text("In English: " + germanQuestion, "In English: " + germanAnswer)));
    }

    static EntryContent city(String key, String city, String question, String answer) {
        return new EntryContent(key, List.of("advice"), List.of("families"), city, null, LocalDate.of(2026, 11, 21),
                Map.of("de", text(question, answer)));
    }

    static EntryContent withTexts(EntryContent c, Map<String, FaqFile.Text> texts) {
        return new EntryContent(c.key(), c.topics(), c.audiences(), c.city(), c.variantOf(), c.lastReviewed(), texts);
    }

    static EntryContent withGerman(EntryContent c, String question, String answer) {
        var texts = new java.util.TreeMap<>(c.texts());
        texts.put("de", text(question, answer));
        return withTexts(c, texts);
    }
}
