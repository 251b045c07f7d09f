package ruhr.welcome.knowledge.language;

/**
 * One candidate language for a text.
 *
 * @param lang       ISO 639 code: one of {@link Languages#DETECTABLE} (Sorani Kurdish is {@code ckb})
 * @param confidence between 0 and 1; the candidates of one text add up to 1
 */
public record LanguageGuess(String lang, double confidence) {
}
