package ruhr.welcome.admin.faq;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

import ruhr.welcome.knowledge.faq.exchange.FaqFile;

/**
 * What an editor writes about an entry: everything of the exchange format except the status, which
 * only moves through the workflow ({@link FaqEditing#changeStatus}).
 *
 * @param city      null for the whole region
 * @param variantOf for a city entry: the regional entry it replaces in that city, or null
 * @param texts     per language code
 */
public record EntryContent(String key, java.util.List<String> topics, java.util.List<String> audiences, String city,
                           String variantOf, LocalDate lastReviewed, Map<String, FaqFile.Text> texts) {

    public EntryContent {
        topics = topics == null ? java.util.List.of() : java.util.List.copyOf(topics);
        audiences = audiences == null ? java.util.List.of() : java.util.List.copyOf(audiences);
        texts = texts == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(texts));
    }

    public static EntryContent of(FaqFile.Entry entry) {
        return new EntryContent(entry.key(), entry.topics(), entry.audiences(), entry.city(), entry.variantOf(),
                entry.lastReviewed(), entry.texts());
    }

    /** This content in the exchange format with the given status ({@code draft}, {@code review}, {@code published}). */
    public FaqFile.Entry toFile(String status) {
        return new FaqFile.Entry(key, topics, audiences, city, variantOf, status, lastReviewed, texts);
    }
}
