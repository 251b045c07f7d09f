package ruhr.welcome.knowledge.questions;

import java.util.List;

/**
 * A question and what the bot made of it, as the log records it.
 *
 * @param asker        the channel's pseudonym for the person (random, revocable), never an account id
 * @param topEntryKeys the best candidates, best first; {@code topScores} are their confidences
 */
public record QuestionAsked(String asker, String channel, String question, String detectedLang,
                            double langConfidence, String answerLang, String city, String decision,
                            double confidence, List<String> topEntryKeys, List<Double> topScores) {
    public QuestionAsked {
        topEntryKeys = List.copyOf(topEntryKeys);
        topScores = List.copyOf(topScores);
    }
}
