package ruhr.welcome.knowledge.search;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import ruhr.welcome.knowledge.faq.exchange.FaqFile;
import ruhr.welcome.knowledge.faq.exchange.StarterContentAccess;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every paraphrase we wrote for a starter entry (how newcomers actually ask: colloquial, misspelt,
 * with their own situation in it) finds that entry among the first three hits, in each language.
 * The paraphrases are test data only; the index holds nothing but the starter content.
 */
class StarterParaphraseRetrievalTest {

    private static FaqIndex index;

    record Paraphrase(String key, String city, Map<String, String> texts) {
    }

    record Paraphrases(List<Paraphrase> paraphrases) {
    }

    @BeforeAll
    static void indexStarterContent() {
        FaqFile starter = StarterContentAccess.load();
        index = new FaqIndex();
        index.rebuild(starter.entries().stream().map(StarterContentRetrievalTest::document).toList());
    }

    @AfterAll
    static void close() throws IOException {
        index.close();
    }

    @Test
    void everyParaphraseFindsItsEntryInTheTopThree() throws IOException {
        List<Paraphrase> paraphrases = load().paraphrases();
        List<String> misses = new ArrayList<>();
        int asked = 0;
        for (Paraphrase p : paraphrases) {
            for (Map.Entry<String, String> t : p.texts().entrySet()) {
                asked++;
                List<SearchHit> hits = index.search(t.getValue(), t.getKey(), p.city(), 3);
                if (hits.stream().noneMatch(h -> h.key().equals(p.key()))) {
                    misses.add(p.key() + " [" + t.getKey() + "] \"" + t.getValue() + "\" -> "
                            + hits.stream().map(SearchHit::key).toList());
                }
            }
        }
        assertThat(asked).as("paraphrases asked").isGreaterThanOrEqualTo(500);
        assertThat(misses).as("%d of %d paraphrases miss their entry in the top 3:%n%s",
                misses.size(), asked, String.join("\n", misses)).isEmpty();
    }

    private static Paraphrases load() throws IOException {
        try (InputStream in = Objects.requireNonNull(
                StarterParaphraseRetrievalTest.class.getResourceAsStream("/retrieval/paraphrases.json"))) {
            return JsonMapper.shared().readValue(in, Paraphrases.class);
        }
    }
}
