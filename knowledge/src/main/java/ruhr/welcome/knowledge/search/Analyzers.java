package ruhr.welcome.knowledge.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

import ruhr.welcome.knowledge.language.Languages;

/**
 * All analyzers of one index generation: index-time per field, query-time per language (with the
 * synonyms of that generation). Immutable once built; a rebuild with other synonyms makes a new one.
 */
final class Analyzers {

    /** A query term; synonyms a rule added weigh less than the words the user typed. */
    record QueryTerm(String text, boolean synonym) {
    }

    private final Map<String, Analyzer> indexText = new HashMap<>();
    private final Map<String, Analyzer> queryText = new HashMap<>();
    private final Analyzer grams = LanguageAnalysis.charGrams();
    private final Analyzer folded = LanguageAnalysis.folded();
    private final Analyzer indexing;

    Analyzers(Map<String, List<String>> editorSynonyms) {
        for (String lang : Languages.SUPPORTED) {
            indexText.put(lang, LanguageAnalysis.text(lang, null));
            queryText.put(lang, LanguageAnalysis.text(lang, Synonyms.load(lang, editorSynonyms)));
        }
        indexing = new DelegatingAnalyzerWrapper(Analyzer.PER_FIELD_REUSE_STRATEGY) {
            @Override
            protected Analyzer getWrappedAnalyzer(String field) {
                if (field.equals(IndexSchema.ALL)) {
                    return folded;
                }
                String lang = IndexSchema.langOf(field);
                if (field.startsWith("g.")) {
                    return grams;
                }
                return indexText.getOrDefault(lang, folded);
            }
        };
    }

    static boolean supported(String lang) {
        return lang != null && Languages.SUPPORTED.contains(lang);
    }

    Analyzer indexing() {
        return indexing;
    }

    /** Query terms in one language, distinct, in order. */
    List<QueryTerm> query(String lang, String text) {
        return terms(queryText.getOrDefault(lang, folded), text);
    }

    /** The typed words of a query in one language, in order, synonyms left out: for proximity. */
    List<String> sequence(String lang, String text) {
        Analyzer analyzer = indexText.getOrDefault(lang, folded);
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("q", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    List<QueryTerm> grams(String text) {
        return terms(grams, text);
    }

    List<QueryTerm> folded(String text) {
        return terms(folded, text);
    }

    static List<QueryTerm> terms(Analyzer analyzer, String text) {
        Map<String, QueryTerm> out = new LinkedHashMap<>();
        try (TokenStream ts = analyzer.tokenStream("q", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            TypeAttribute type = ts.addAttribute(TypeAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                String t = term.toString();
                boolean synonym = SynonymGraphFilter.TYPE_SYNONYM.equals(type.type());
                out.merge(t, new QueryTerm(t, synonym), (a, b) -> a.synonym() ? b : a);
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ArrayList<>(out.values());
    }
}
