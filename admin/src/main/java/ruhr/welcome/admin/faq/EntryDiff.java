package ruhr.welcome.admin.faq;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

import ruhr.welcome.knowledge.faq.exchange.FaqFile;

/**
 * What differs between two states of an entry: the entry's own fields by name, and per language
 * which of its text fields ({@code question alternates answer links}), or that it was added or removed.
 *
 * @param fields    of {@code topics audiences city variantOf status lastReviewed}
 * @param languages per language code: {@code added}, {@code removed}, or the changed text fields
 */
public record EntryDiff(String key, List<String> fields, java.util.Map<String, List<String>> languages) {

    public boolean isEmpty() {
        return fields.isEmpty() && languages.isEmpty();
    }

    public static EntryDiff between(FaqFile.Entry before, FaqFile.Entry after) {
        var fields = new ArrayList<String>();
        if (!before.topics().equals(after.topics())) fields.add("topics");
        if (!before.audiences().equals(after.audiences())) fields.add("audiences");
        if (!Objects.equals(before.city(), after.city())) fields.add("city");
        if (!Objects.equals(before.variantOf(), after.variantOf())) fields.add("variantOf");
        if (!Objects.equals(before.status(), after.status())) fields.add("status");
        if (!Objects.equals(before.lastReviewed(), after.lastReviewed())) fields.add("lastReviewed");
        var languages = new java.util.TreeMap<String, List<String>>();
        var all = new TreeSet<>(before.texts().keySet());
        all.addAll(after.texts().keySet());
        for (String lang : all) {
            FaqFile.Text a = before.texts().get(lang);
            FaqFile.Text b = after.texts().get(lang);
            if (a == null) {
                languages.put(lang, List.of("added"));
            } else if (b == null) {
                languages.put(lang, List.of("removed"));
            } else if (!a.equals(b)) {
                var changed = new ArrayList<String>();
                if (!a.question().equals(b.question())) changed.add("question");
                if (!a.alternates().equals(b.alternates())) changed.add("alternates");
                if (!a.answer().equals(b.answer())) changed.add("answer");
                if (!a.links().equals(b.links())) changed.add("links");
                languages.put(lang, changed);
            }
        }
        return new EntryDiff(after.key(), List.copyOf(fields), java.util.Collections.unmodifiableMap(languages));
    }
}
