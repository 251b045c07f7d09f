package ruhr.welcome.knowledge.faq;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A published FAQ entry as search and answering see it: plain data, no persistence, so the index,
 * the bench commands and the tests build it from any source (database, import file, benchmark).
 *
 * @param key       stable entry key
 * @param city      null for the whole region, else the city id the entry is for
 * @param variantOf for a city entry: the regional entry it replaces for users in that city
 * @param topics    topic ids (see {@link Topic})
 * @param audiences audience ids (see {@link Audience}); empty means everyone
 * @param texts     per language code
 */
public record FaqDocument(String key, String city, String variantOf, Set<String> topics, Set<String> audiences,
                          Map<String, Text> texts) {

    public FaqDocument {
        topics = Set.copyOf(topics);
        audiences = Set.copyOf(audiences);
        texts = Map.copyOf(texts);
    }

    /** The text of an entry in one language; the answer is in the safe formatting subset. */
    public record Text(String question, List<String> alternates, String answer) {
        public Text {
            alternates = List.copyOf(alternates);
        }
    }
}
