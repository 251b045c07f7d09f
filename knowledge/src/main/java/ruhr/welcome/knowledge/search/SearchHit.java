package ruhr.welcome.knowledge.search;

import java.util.List;

/**
 * One entry found for a query.
 *
 * @param key          the entry key
 * @param score        the ranking score (only comparable within one query)
 * @param matchedLang  the language whose text of the entry matched the query best
 * @param matchedTerms the analysed query terms found in the entry (for the editors' "ask the bot" view)
 * @param coverage     share of the query's terms found in the entry, 0..1
 */
public record SearchHit(String key, double score, String matchedLang, List<String> matchedTerms, double coverage) {
    public SearchHit {
        matchedTerms = List.copyOf(matchedTerms);
    }
}
