package ruhr.welcome.admin.api;

import java.util.UUID;

/** Request bodies for the API tests. */
final class ApiJson {

    private ApiJson() {
    }

    static String uniqueKey(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A valid entry with a German and an English text; {@code city} null for a regional one. */
    static String entry(String key, String city, String germanQuestion) {
        return """
                {"key": "%s", "topics": ["housing"], "audiences": ["families"], "city": %s, "lastReviewed": "2026-11-21",
                 "texts": {
                   "de": {"question": "%s", "alternates": ["Wohnung Kaution"], "answer": "Die **Kaution** beträgt höchstens drei Monatsmieten.",
                          "links": [{"title": "Mieterbund", "url": "https://www.mieterbund.de"}]},
                   "en": {"question": "How much is a rental deposit?", "answer": "At most three months' rent."}}}
                """.formatted(key, city == null ? "null" : "\"" + city + "\"", germanQuestion);
    }

    /** The same entry with another German answer, based on {@code version}. */
    static String changed(String key, String city, int version, String germanAnswer) {
        return """
                {"key": "%s", "topics": ["housing"], "audiences": [], "city": %s, "lastReviewed": "2026-11-22", "version": %d,
                 "texts": {"de": {"question": "Wie hoch ist die Mietkaution?", "answer": "%s"}}}
                """.formatted(key, city == null ? "null" : "\"" + city + "\"", version, germanAnswer);
    }
}
