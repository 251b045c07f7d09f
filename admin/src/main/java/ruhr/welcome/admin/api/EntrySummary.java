package ruhr.welcome.admin.api;

import java.time.Instant;
import java.util.List;

/**
 * An entry in a list: enough to choose it, without the texts.
 *
 * @param question  the German question, else the English one, else any
 * @param languages the languages the entry has a text in
 */
record EntrySummary(String key, String city, String variantOf, String status, List<String> topics,
                    List<String> audiences, List<String> languages, String question, int version, Instant updatedAt) {
}
