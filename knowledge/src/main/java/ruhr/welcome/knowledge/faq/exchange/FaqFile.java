package ruhr.welcome.knowledge.faq.exchange;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The documented exchange format {@code welcome-faq/1} (docs/faq-format.md), as Java records.
 * Import and export both go through these, which keeps the round trip lossless.
 */
public record FaqFile(String format, List<Entry> entries) {

    public static final String FORMAT = "welcome-faq/1";

    public FaqFile {
        entries = List.copyOf(entries);
    }

    /** The same entries ordered by key, as an export writes them. */
    public FaqFile sorted() {
        return new FaqFile(format, entries.stream().sorted(java.util.Comparator.comparing(Entry::key)).toList());
    }

    public record Entry(String key, List<String> topics, List<String> audiences, String city, String variantOf,
                        String status, LocalDate lastReviewed, Map<String, Text> texts) {
        public Entry {
            topics = List.copyOf(topics);
            audiences = List.copyOf(audiences);
            // sorted, so exports are stable and diff well
            texts = Collections.unmodifiableMap(new TreeMap<>(texts));
        }
    }

    public record Text(String question, List<String> alternates, String answer, List<Link> links) {
        public Text {
            alternates = List.copyOf(alternates);
            links = List.copyOf(links);
        }
    }

    public record Link(String title, String url) {
    }
}
