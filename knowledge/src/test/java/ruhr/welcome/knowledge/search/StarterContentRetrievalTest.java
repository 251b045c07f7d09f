package ruhr.welcome.knowledge.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import ruhr.welcome.knowledge.faq.AnswerMarkup;
import ruhr.welcome.knowledge.faq.FaqDocument;
import ruhr.welcome.knowledge.faq.exchange.FaqFile;
import ruhr.welcome.knowledge.faq.exchange.StarterContentAccess;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every starter entry is the top hit for its own question in each of its languages.
 */
class StarterContentRetrievalTest {

    private static FaqIndex index;
    private static FaqFile starter;

    @BeforeAll
    static void indexStarterContent() {
        starter = StarterContentAccess.load();
        index = new FaqIndex();
        index.rebuild(starter.entries().stream().map(StarterContentRetrievalTest::document).toList());
    }

    @AfterAll
    static void close() throws IOException {
        index.close();
    }

    @Test
    void everyEntryIsTheTopHitForItsOwnQuestionInEachLanguage() {
        var misses = new ArrayList<String>();
        for (FaqFile.Entry entry : starter.entries()) {
            entry.texts().forEach((lang, text) -> {
                var hits = index.search(text.question(), lang, entry.city(), 3);
                if (hits.isEmpty() || !hits.getFirst().key().equals(entry.key())) {
                    misses.add(entry.key() + " [" + lang + "] -> " + hits.stream().map(SearchHit::key).toList());
                }
            });
        }
        assertThat(misses).isEmpty();
    }

    static FaqDocument document(FaqFile.Entry entry) {
        Map<String, FaqDocument.Text> texts = new HashMap<>();
        entry.texts().forEach((lang, t) -> texts.put(lang,
                new FaqDocument.Text(t.question(), t.alternates(), AnswerMarkup.plainText(t.answer()))));
        return new FaqDocument(entry.key(), entry.city(), entry.variantOf(), java.util.Set.copyOf(entry.topics()),
                java.util.Set.copyOf(entry.audiences()), texts);
    }
}
