package ruhr.welcome.knowledge.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;

import ruhr.welcome.knowledge.search.Analyzers.QueryTerm;

/**
 * Says why an entry was found: which query terms it contains (Lucene's matches API on the entry
 * query), in which language's text, and what share of the query that covers.
 */
final class HitExplainer {

    private final IndexSearcher searcher;
    private final Query entryQuery;
    private final Set<String> ownTerms;
    private final Set<String> foldedTerms;
    private final String lang;
    private final Function<String, Map<String, Set<String>>> entryWords;
    private Weight weight;

    HitExplainer(IndexSearcher searcher, Query entryQuery, List<QueryTerm> own, List<QueryTerm> folded, String lang,
                 Function<String, Map<String, Set<String>>> entryWords) {
        this.searcher = searcher;
        this.entryQuery = entryQuery;
        this.ownTerms = FaqSearcher.texts(own, false);
        this.foldedTerms = FaqSearcher.texts(folded, false);
        this.lang = lang;
        this.entryWords = entryWords;
    }

    SearchHit hit(String key, double score, int doc) throws IOException {
        Map<String, Set<String>> byField = doc < 0 ? Map.of() : matchedTerms(doc);
        Set<String> own = new LinkedHashSet<>();
        String ownLang = null;
        for (Map.Entry<String, Set<String>> e : byField.entrySet()) {
            String field = e.getKey();
            if (field.startsWith("q.") || field.startsWith("a.")) {
                own.addAll(e.getValue());
                if (ownLang == null || IndexSchema.langOf(field).equals(lang)) {
                    ownLang = IndexSchema.langOf(field);
                }
            }
        }
        Set<String> cross = byField.getOrDefault(IndexSchema.ALL, Set.of());
        double ownCoverage = coverage(own, ownTerms);
        double crossCoverage = coverage(cross, foldedTerms);
        String matchedLang = ownLang != null ? ownLang : crossLanguage(key, cross);
        List<String> terms = new ArrayList<>(own.isEmpty() ? cross : own);
        return new SearchHit(key, score, matchedLang, terms, ownTerms.isEmpty() ? crossCoverage : ownCoverage);
    }

    private Map<String, Set<String>> matchedTerms(int doc) throws IOException {
        if (weight == null) {
            weight = searcher.createWeight(searcher.rewrite(entryQuery), ScoreMode.COMPLETE_NO_SCORES, 1);
        }
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        Matches matches = weight.matches(leaf, doc - leaf.docBase);
        Map<String, Set<String>> out = new HashMap<>();
        if (matches == null) {
            return out;
        }
        for (String field : matches) {
            MatchesIterator it = matches.getMatches(field);
            while (it != null && it.next()) {
                if (it.getQuery() instanceof TermQuery tq) {
                    out.computeIfAbsent(field, f -> new LinkedHashSet<>()).add(tq.getTerm().text());
                }
            }
        }
        return out;
    }

    private static double coverage(Set<String> matched, Set<String> asked) {
        if (asked.isEmpty()) {
            return 0;
        }
        long hit = asked.stream().filter(matched::contains).count();
        // synonyms that matched count for a word the user typed, never beyond all of them
        long synonymHits = matched.stream().filter(t -> !asked.contains(t)).count();
        return Math.min(1.0, (hit + Math.min(synonymHits, 1)) / (double) asked.size());
    }

    /** For a cross-language match: the entry language whose text holds most of the matched words. */
    private String crossLanguage(String key, Set<String> matched) {
        String best = null;
        long bestCount = -1;
        for (var e : new java.util.TreeMap<>(entryWords.apply(key)).entrySet()) {
            long count = matched.stream().filter(e.getValue()::contains).count();
            if (count > bestCount) {
                best = e.getKey();
                bestCount = count;
            }
        }
        return best;
    }
}
