package ruhr.welcome.knowledge.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;

import ruhr.welcome.knowledge.search.Analyzers.QueryTerm;

/**
 * One search: the query-language pass (question, answer, character grams, best passage) and the
 * cross-language pass (folded words against every language's text) are summed per entry, so an
 * entry with no text in the query's language is still found through the words its other texts share
 * with the query.
 */
final class FaqSearcher {

    private static final int ENTRY_DEPTH = 60;
    private static final int PASSAGE_DEPTH = 200;
    private static final int MAX_GRAMS = 300;
    private static final int MAX_PAIRS = 12;
    private static final int PAIR_SLOP = 3;
    private static final double DISTINCTIVE_SHARE = 0.05;

    private final IndexSearcher searcher;
    private final Analyzers analyzers;
    private final RankingWeights weights;
    private final Function<String, Map<String, Set<String>>> entryWords;
    private final String[] keysByDoc;

    /**
     * @param entryWords an entry's folded words per language, for saying which text a cross-language hit matched
     * @param keysByDoc  the entry key of every document of the searcher's reader, by doc id
     */
    FaqSearcher(IndexSearcher searcher, Analyzers analyzers, RankingWeights weights,
                Function<String, Map<String, Set<String>>> entryWords, String[] keysByDoc) {
        this.keysByDoc = keysByDoc;
        this.searcher = searcher;
        this.analyzers = analyzers;
        this.weights = weights;
        this.entryWords = entryWords;
    }

    /** One source of evidence: its query, the kind of document it searches, and its weight. */
    private record Component(Query query, String kind, double weight, boolean explains) {
    }

    List<SearchHit> search(String text, String lang, Query scope, int limit) throws IOException {
        boolean known = Analyzers.supported(lang);
        List<QueryTerm> own = known ? analyzers.query(lang, text) : List.of();
        List<QueryTerm> folded = analyzers.folded(text);
        Map<String, Integer> holding = entriesHolding(folded);
        List<String> langs = known ? LanguageFamily.sameAnalysis(lang) : List.of();

        List<Component> components = new ArrayList<>();
        components.add(new Component(terms(own, langs, IndexSchema::question), IndexSchema.ENTRY, weights.question(), true));
        components.add(new Component(terms(own, langs, IndexSchema::answer), IndexSchema.ENTRY, weights.answer(), true));
        // a question asked almost word for word as an entry (or one of its phrasings) asks it: that entry leads
        components.add(new Component(nearlyAll(own, langs), IndexSchema.ENTRY, NEARLY_ALL_WEIGHT, false));
        components.add(new Component(terms(own, langs, IndexSchema::passage), IndexSchema.PASSAGE, weights.passage(), false));
        if (known && weights.proximity() > 0) {
            components.add(new Component(pairs(analyzers.sequence(lang, text), langs), IndexSchema.ENTRY, weights.proximity(), false));
        }
        if (known) {
            List<QueryTerm> grams = analyzers.grams(text).stream().limit(MAX_GRAMS).toList();
            components.add(new Component(terms(grams, List.of(lang), IndexSchema::grams), IndexSchema.ENTRY, weights.grams(), false));
        }
        components.add(new Component(terms(known ? distinctive(folded, holding) : folded, List.of(""), l -> IndexSchema.ALL),
                IndexSchema.ENTRY, known ? weights.crossLang() : 1.0, true));

        components.add(new Component(misspelt(folded, holding), IndexSchema.ENTRY, TYPO_WEIGHT, false));

        Map<String, Double> scores = new HashMap<>();
        BooleanQuery.Builder explain = new BooleanQuery.Builder();
        for (Component c : components) {
            if (c.weight() <= 0 || c.query() == null) {
                continue;
            }
            if (c.explains()) { // words only: grams and phrases would slow the explanation down
                explain.add(c.query(), Occur.SHOULD);
            }
            fuse(scores, c, searcher.search(filtered(c.query(), c.kind(), scope),
                    c.kind().equals(IndexSchema.ENTRY) ? ENTRY_DEPTH : PASSAGE_DEPTH).scoreDocs);
        }
        Query explainQuery = filtered(explain.build(), IndexSchema.ENTRY, scope);

        List<Map.Entry<String, Double>> ranked = new ArrayList<>(scores.entrySet());
        ranked.sort(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        HitExplainer explainer = new HitExplainer(searcher, explainQuery, own, folded, lang, entryWords);
        List<SearchHit> hits = new ArrayList<>();
        for (Map.Entry<String, Double> r : ranked.subList(0, Math.min(limit, ranked.size()))) {
            hits.add(explainer.hit(r.getKey(), r.getValue(), entryDoc(r.getKey())));
        }
        return hits;
    }

    private void fuse(Map<String, Double> scores, Component c, ScoreDoc[] docs) throws IOException {
        Map<String, Double> best = new LinkedHashMap<>();
        for (ScoreDoc sd : docs) {
            best.merge(key(sd.doc), (double) sd.score, Math::max); // passages: the best one counts
        }
        best.forEach((key, s) -> scores.merge(key, c.weight() * s, Double::sum));
    }

    /** Neighbouring query words near each other in the answer: the question reuses the page's phrases. */
    private static Query pairs(List<String> sequence, List<String> langs) {
        if (sequence.size() < 2) {
            return null;
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (String l : langs) {
            for (int i = 0; i + 1 < sequence.size() && i < MAX_PAIRS; i++) {
                if (!sequence.get(i).equals(sequence.get(i + 1))) {
                    b.add(new PhraseQuery(PAIR_SLOP, IndexSchema.answer(l), sequence.get(i), sequence.get(i + 1)), Occur.SHOULD);
                }
            }
        }
        return b.build();
    }

    private static final double NEARLY_ALL_SHARE = 0.8;
    private static final double NEARLY_ALL_WEIGHT = 1.0;

    /** Entries whose question field holds at least 80 % of the query's words, in one language. */
    private Query nearlyAll(List<QueryTerm> terms, List<String> langs) {
        if (terms.size() < 2 || langs.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (String l : langs) {
            BooleanQuery.Builder all = new BooleanQuery.Builder();
            terms.forEach(t -> all.add(term(IndexSchema.question(l), t), Occur.SHOULD));
            all.setMinimumNumberShouldMatch((int) Math.ceil(terms.size() * NEARLY_ALL_SHARE));
            any.add(all.build(), Occur.SHOULD);
        }
        return any.build();
    }

    private Query terms(List<QueryTerm> terms, List<String> langs, Function<String, String> field) {
        if (terms.isEmpty() || langs.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (String l : langs) {
            for (QueryTerm t : terms) {
                b.add(term(field.apply(l), t), Occur.SHOULD);
            }
        }
        return b.build();
    }

    private static final double TYPO_WEIGHT = 1.5;
    private static final int TYPO_MIN_LETTERS = 5;
    /** Typos rarely hit the first two letters, and a shared prefix keeps the search for near words fast. */
    private static final int TYPO_PREFIX = 2;

    /**
     * Words no text of the index holds, as typed ("apartmnet", "kindergld"), matched to the nearest
     * words that it does hold: one edit away, a swap of two letters counting as one (two edits measured
     * several times slower at the 99th percentile).
     */
    private static Query misspelt(List<QueryTerm> folded, Map<String, Integer> holding) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        int n = 0;
        for (QueryTerm t : folded) {
            int letters = t.text().codePointCount(0, t.text().length());
            if (t.synonym() || letters < TYPO_MIN_LETTERS || holding.get(t.text()) > 0) {
                continue;
            }
            b.add(new FuzzyQuery(new Term(IndexSchema.ALL, t.text()), 1, TYPO_PREFIX), Occur.SHOULD);
            n++;
        }
        return n == 0 ? null : b.build();
    }

    /**
     * Words of the query that are rare in the whole index: names, numbers, loan words. Across languages
     * only those are evidence; frequent words there are another language's function words.
     */
    private List<QueryTerm> distinctive(List<QueryTerm> folded, Map<String, Integer> holding) throws IOException {
        int entries = searcher.getIndexReader().getDocCount(IndexSchema.ALL);
        List<QueryTerm> out = new ArrayList<>();
        for (QueryTerm t : folded) {
            int df = holding.get(t.text());
            if (df > 0 && df <= Math.max(2, entries * DISTINCTIVE_SHARE)) {
                out.add(t);
            }
        }
        return out;
    }

    /** How many entries hold each folded query word in any language: looked up once per search. */
    private Map<String, Integer> entriesHolding(List<QueryTerm> folded) throws IOException {
        Map<String, Integer> holding = new HashMap<>();
        for (QueryTerm t : folded) {
            if (!holding.containsKey(t.text())) {
                holding.put(t.text(), searcher.getIndexReader().docFreq(new Term(IndexSchema.ALL, t.text())));
            }
        }
        return holding;
    }

    private Query term(String field, QueryTerm t) {
        Query q = new TermQuery(new Term(field, t.text()));
        return t.synonym() ? new BoostQuery(q, (float) weights.synonym()) : q;
    }

    private static Query filtered(Query should, String kind, Query scope) {
        return new BooleanQuery.Builder()
                .add(should, Occur.MUST)
                .add(new TermQuery(new Term(IndexSchema.KIND, kind)), Occur.FILTER)
                .add(scope, Occur.FILTER)
                .build();
    }

    private String key(int doc) {
        String key = doc < keysByDoc.length ? keysByDoc[doc] : null;
        if (key == null) {
            throw new IllegalStateException("document without key: " + doc);
        }
        return key;
    }

    private int entryDoc(String key) throws IOException {
        Query q = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(IndexSchema.KEY, key)), Occur.FILTER)
                .add(new TermQuery(new Term(IndexSchema.KIND, IndexSchema.ENTRY)), Occur.FILTER)
                .build();
        ScoreDoc[] docs = searcher.search(q, 1).scoreDocs;
        return docs.length == 0 ? -1 : docs[0].doc;
    }

    static Set<String> texts(List<QueryTerm> terms, boolean withSynonyms) {
        Set<String> out = new LinkedHashSet<>();
        terms.stream().filter(t -> withSynonyms || !t.synonym()).forEach(t -> out.add(t.text()));
        return out;
    }
}
