package ruhr.welcome.bot.guide;

import java.time.Instant;
import java.util.List;

/**
 * What a newcomer needs from a guide.
 *
 * @param languages the conversation's language first, then any the newcomer said they also speak
 * @param city      the newcomer's city, or null when they did not say (then any guide may help)
 * @param topic     the topic of the question, or null; guides covering it rank first
 * @param at        the moment of matching: guides must be inside one of their availability windows
 */
public record MatchRequest(List<String> languages, String city, String topic, Instant at) {
    public MatchRequest {
        languages = List.copyOf(languages);
        if (languages.isEmpty()) {
            throw new IllegalArgumentException("a match needs at least one language");
        }
    }
}
