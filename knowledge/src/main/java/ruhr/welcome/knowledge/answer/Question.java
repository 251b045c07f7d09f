package ruhr.welcome.knowledge.answer;

/**
 * A newcomer's question.
 *
 * @param text the question as typed
 * @param lang the language code it is written in (detected or chosen), null if unknown
 * @param city the user's city id, null for no city (regional entries only)
 */
public record Question(String text, String lang, String city) {
}
