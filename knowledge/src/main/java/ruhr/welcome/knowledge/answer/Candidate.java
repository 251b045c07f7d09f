package ruhr.welcome.knowledge.answer;

import java.util.List;

/**
 * An entry that may answer the question.
 *
 * @param key          the entry key
 * @param answerLang   the language to answer in: the asked one if the entry has it, else a sibling
 *                     (bs/hr/sr), else en, else de, else any, so the bot can say which language it uses
 * @param confidence   estimated probability that this entry answers the question, 0..1
 * @param score        the raw search score (comparable only within one question)
 * @param matchedLang  the language whose text matched
 * @param matchedTerms the query terms found in the entry
 */
public record Candidate(String key, String answerLang, double confidence, double score, String matchedLang,
                        List<String> matchedTerms) {
    public Candidate {
        matchedTerms = List.copyOf(matchedTerms);
    }
}
