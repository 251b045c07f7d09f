package ruhr.welcome.knowledge.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;

import ruhr.welcome.knowledge.faq.FaqDocument;
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
    private static final double DISTINCTIVE_SHARE = Double.parseDouble(System.getProperty("x.share", "0.05"));

    private final IndexSearcher searcher;
    private final Analyzers analyzers;
    private final RankingWeights weights;
    private final Function<String, FaqDocument> documents;

    FaqSearcher(IndexSearcher searcher, Analyzers analyzers, RankingWeights weights,
                Function<String, FaqDocument> documents) {
        this.searcher = searcher;
        this.analyzers = analyzers;
        this.weights = weights;
        this.documents = documents;
    }

    List<SearchHit> search(String text, String lang, Query scope, int limit) throws IOException {
        boolean known = Analyzers.supported(lang);
        List<QueryTerm> own = known ? analyzers.query(lang, text) : List.of();
        List<QueryTerm> folded = analyzers.folded(text);
        List<String> langs = known ? LanguageFamily.sameAnalysis(lang) : List.of();

        BooleanQuery.Builder entry = new BooleanQuery.Builder();
        for (String l : langs) {
            for (QueryTerm t : own) {
                entry.add(term(IndexSchema.question(l), t, weights.question()), Occur.SHOULD);
                entry.add(term(IndexSchema.answer(l), t, weights.answer()), Occur.SHOULD);
            }
        }
        if (known) {
            analyzers.grams(text).stream().limit(MAX_GRAMS)
                    .forEach(g -> entry.add(term(IndexSchema.grams(lang), g, weights.grams()), Occur.SHOULD));
        }
        double crossWeight = known ? weights.crossLang() : 1.0;
        for (QueryTerm t : known ? distinctive(folded) : folded) {
            entry.add(term(IndexSchema.ALL, t, crossWeight), Occur.SHOULD);
        }
        Query entryQuery = filtered(entry, IndexSchema.ENTRY, scope);

        Map<String, Double> scores = new HashMap<>();
        Map<String, Integer> entryDocs = new HashMap<>();
        for (ScoreDoc sd : searcher.search(entryQuery, ENTRY_DEPTH).scoreDocs) {
            String key = key(sd.doc);
            scores.merge(key, (double) sd.score, Double::sum);
            entryDocs.put(key, sd.doc);
        }
        if (known && !own.isEmpty() && weights.passage() > 0) {
            BooleanQuery.Builder passage = new BooleanQuery.Builder();
            for (String l : langs) {
                for (QueryTerm t : own) {
                    passage.add(term(IndexSchema.passage(l), t, weights.passage()), Occur.SHOULD);
                }
            }
            Map<String, Double> best = new HashMap<>();
            for (ScoreDoc sd : searcher.search(filtered(passage, IndexSchema.PASSAGE, scope), PASSAGE_DEPTH).scoreDocs) {
                best.merge(key(sd.doc), (double) sd.score, Math::max);
            }
            best.forEach((key, s) -> scores.merge(key, s, Double::sum));
        }

        List<Map.Entry<String, Double>> ranked = new ArrayList<>(scores.entrySet());
        ranked.sort(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        HitExplainer explainer = new HitExplainer(searcher, entryQuery, own, folded, lang, documents, analyzers);
        List<SearchHit> hits = new ArrayList<>();
        for (Map.Entry<String, Double> r : ranked.subList(0, Math.min(limit, ranked.size()))) {
            Integer doc = entryDocs.get(r.getKey());
            if (doc == null) {
                doc = entryDoc(r.getKey());
            }
            hits.add(explainer.hit(r.getKey(), r.getValue(), doc));
        }
        return hits;
    }

    /**
     * Words of the query that are rare in the whole index: names, numbers, loan words. Across languages
     * only those are evidence; frequent words there are another language's function words.
     */
    private List<QueryTerm> distinctive(List<QueryTerm> folded) throws IOException {
        int entries = searcher.getIndexReader().getDocCount(IndexSchema.ALL);
        List<QueryTerm> out = new ArrayList<>();
        for (QueryTerm t : folded) {
            int df = searcher.getIndexReader().docFreq(new Term(IndexSchema.ALL, t.text()));
            if (df > 0 && df <= Math.max(2, entries * DISTINCTIVE_SHARE)) {
                out.add(t);
            }
        }
        return out;
    }

    private Query term(String field, QueryTerm t, double weight) {
        double w = t.synonym() ? weight * weights.synonym() : weight;
        return new BoostQuery(new TermQuery(new Term(field, t.text())), (float) w);
    }

    private static Query filtered(BooleanQuery.Builder should, String kind, Query scope) {
        return new BooleanQuery.Builder()
                .add(should.build(), Occur.MUST)
                .add(new TermQuery(new Term(IndexSchema.KIND, kind)), Occur.FILTER)
                .add(scope, Occur.FILTER)
                .build();
    }

    private String key(int doc) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        SortedDocValues keys = leaf.reader().getSortedDocValues(IndexSchema.KEY);
        if (keys == null || !keys.advanceExact(doc - leaf.docBase)) {
            throw new IllegalStateException("document without key: " + doc);
        }
        return keys.lookupOrd(keys.ordValue()).utf8ToString();
    }

    private int entryDoc(String key) throws IOException {
        Query q = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(IndexSchema.KEY, key)), Occur.FILTER)
                .add(new TermQuery(new Term(IndexSchema.KIND, IndexSchema.ENTRY)), Occur.FILTER)
                .build();
        ScoreDoc[] docs = searcher.search(q, 1).scoreDocs;
        return docs.length == 0 ? -1 : docs[0].doc;
    }

    static Comparator<SearchHit> byScore() {
        return Comparator.comparingDouble(SearchHit::score).reversed().thenComparing(SearchHit::key);
    }

    static Set<String> texts(List<QueryTerm> terms, boolean withSynonyms) {
        Set<String> out = new LinkedHashSet<>();
        terms.stream().filter(t -> withSynonyms || !t.synonym()).forEach(t -> out.add(t.text()));
        return out;
    }
}
