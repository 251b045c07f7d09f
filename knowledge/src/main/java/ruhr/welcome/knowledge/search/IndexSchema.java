package ruhr.welcome.knowledge.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.PerFieldSimilarityWrapper;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.util.BytesRef;

import ruhr.welcome.knowledge.faq.FaqDocument;

/**
 * Field layout. One "entry" document per FAQ entry carries, per language L, the question and alternates
 * ({@code q.L}), the answer ({@code a.L}) and character grams of the question ({@code g.L}), plus
 * {@code all}: every text of every language, only folded, for the cross-language pass. Long answers
 * are also cut into "passage" documents ({@code p.L}) so a query about one detail is scored against the
 * passage that holds it, not diluted by a long page.
 */
final class IndexSchema {

    static final String KEY = "key";
    static final String KIND = "kind";
    static final String CITY = "city";
    static final String ENTRY = "entry";
    static final String PASSAGE = "passage";
    static final String REGION = "_region";
    static final String ALL = "all";

    private IndexSchema() {
    }

    static String question(String lang) {
        return "q." + lang;
    }

    static String answer(String lang) {
        return "a." + lang;
    }

    static String grams(String lang) {
        return "g." + lang;
    }

    static String passage(String lang) {
        return "p." + lang;
    }

    /** The language of a per-language field, or null for shared fields. */
    static String langOf(String field) {
        int dot = field.indexOf('.');
        return dot < 0 ? null : field.substring(dot + 1);
    }

    /** The entry document followed by its passages: written and replaced together. */
    static List<Document> documents(FaqDocument faq) {
        List<Document> docs = new ArrayList<>();
        Document entry = base(faq, ENTRY);
        for (Map.Entry<String, FaqDocument.Text> t : faq.texts().entrySet()) {
            String lang = t.getKey();
            FaqDocument.Text text = t.getValue();
            List<String> questions = new ArrayList<>();
            questions.add(text.question());
            questions.addAll(text.alternates());
            for (String q : questions) {
                entry.add(new TextField(question(lang), q, Field.Store.NO));
                entry.add(new TextField(grams(lang), q, Field.Store.NO));
                entry.add(new TextField(ALL, q, Field.Store.NO));
            }
            entry.add(new TextField(answer(lang), text.answer(), Field.Store.NO));
            entry.add(new TextField(ALL, text.answer(), Field.Store.NO));
            for (String p : Passages.split(text.answer())) {
                Document passage = base(faq, PASSAGE);
                // The question names what the page is about; a passage often only details it.
                passage.add(new TextField(passage(lang), text.question() + "\n" + p, Field.Store.NO));
                docs.add(passage);
            }
        }
        docs.addFirst(entry);
        return docs;
    }

    private static Document base(FaqDocument faq, String kind) {
        Document doc = new Document();
        doc.add(new StringField(KEY, faq.key(), Field.Store.YES));
        doc.add(new SortedDocValuesField(KEY, new BytesRef(faq.key())));
        doc.add(new StringField(KIND, kind, Field.Store.NO));
        doc.add(new StringField(CITY, faq.city() == null ? REGION : faq.city(), Field.Store.NO));
        return doc;
    }

    /**
     * Short question fields should not be punished much for an extra alternate (low b); answers and
     * passages vary a lot in length, so length normalisation matters there.
     */
    static Similarity similarity() {
        Similarity questions = new BM25Similarity(1.2f, 0.3f);
        Similarity answers = new BM25Similarity(1.2f, 0.75f);
        Similarity passages = new BM25Similarity(1.2f, 0.3f);
        Similarity grams = new BM25Similarity(1.2f, 0.5f);
        Similarity all = new BM25Similarity(1.2f, 0.75f);
        return new PerFieldSimilarityWrapper() {
            @Override
            public Similarity get(String field) {
                return switch (field.charAt(0)) {
                    case 'q' -> questions;
                    case 'a' -> field.equals(ALL) ? all : answers;
                    case 'p' -> passages;
                    case 'g' -> grams;
                    default -> answers;
                };
            }
        };
    }
}
