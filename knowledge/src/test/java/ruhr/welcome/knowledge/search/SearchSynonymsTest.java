package ruhr.welcome.knowledge.search;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import ruhr.welcome.knowledge.faq.EntryStatus;
import ruhr.welcome.knowledge.faq.FaqEntry;
import ruhr.welcome.knowledge.faq.FaqEntryRepository;
import ruhr.welcome.knowledge.faq.PublishedFaq;
import ruhr.welcome.platform.database.EmbeddedPostgresAutoConfiguration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An editor adds a synonym group and the very next search uses it: the change commits, the event
 * after the commit rebuilds the running index with shipped plus editor synonyms, no restart.
 */
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@ImportAutoConfiguration(EmbeddedPostgresAutoConfiguration.class)
@Import({SearchSynonyms.class, PublishedFaq.class, SearchSynonymsTest.Index.class})
@Transactional(propagation = Propagation.NOT_SUPPORTED) // the changes must really commit for the event to fire
class SearchSynonymsTest {

    @TestConfiguration(proxyBeanMethods = false)
    static class Index {
        @Bean(destroyMethod = "close")
        FaqIndex faqIndex() {
            return new FaqIndex();
        }
    }

    @Autowired
    SearchSynonyms synonyms;

    @Autowired
    SearchSynonymRepository stored;

    @Autowired
    FaqEntryRepository entries;

    @Autowired
    PublishedFaq published;

    @Autowired
    FaqIndex index;

    @AfterEach
    void cleanUp() {
        stored.deleteAll();
        entries.deleteAll();
        published.reloadAll();
    }

    @Test
    void aQueryFindsTheEntryOnceAnEditorAddsASynonymGroupAndNoLongerOnceItIsRemoved() throws IOException {
        publish("money-broadcasting-fee", "Muss ich den Rundfunkbeitrag bezahlen?",
                "Für jede Wohnung wird der Rundfunkbeitrag fällig, auch ohne Fernseher.");
        publish("housing-deposit", "Wie hoch darf die Kaution sein?",
                "Die Kaution beträgt höchstens drei Nettokaltmieten.");
        published.reloadAll();
        assertThat(keys("Wer kassiert die GEZ?")).doesNotContain("money-broadcasting-fee");

        var group = synonyms.add("de", " Rundfunkbeitrag ,GEZ,  gez , Rundfunkgebühr ", "editor@essen.de");

        assertThat(group.terms()).containsExactly("Rundfunkbeitrag", "GEZ", "Rundfunkgebühr");
        assertThat(synonyms.list("de")).extracting(SearchSynonyms.Group::createdBy).containsExactly("editor@essen.de");
        assertThat(synonyms.list("en")).isEmpty();
        assertThat(keys("Wer kassiert die GEZ?")).first().isEqualTo("money-broadcasting-fee");
        // other languages keep their own synonyms
        assertThat(keys("who collects the GEZ?")).doesNotContain("money-broadcasting-fee");

        assertThat(synonyms.remove(group.id())).isTrue();
        assertThat(synonyms.remove(group.id())).isFalse();
        assertThat(keys("Wer kassiert die GEZ?")).doesNotContain("money-broadcasting-fee");
    }

    @Test
    void onlyPlainGroupsOfEquivalentTermsAreAccepted() {
        assertThatThrownBy(() -> synonyms.add("de", "gez => rundfunkbeitrag", "editor"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> synonyms.add("de", "gez, GEZ", "editor"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2 to");
        assertThatThrownBy(() -> synonyms.add("xx", "a, b", "editor"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("language");
        assertThatThrownBy(() -> synonyms.add("de", "gez, !!!", "editor"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> synonyms.add("de", "gez, rundfunkbeitrag", " "))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(stored.count()).isZero();
    }

    private List<String> keys(String question) {
        return index.search(question, question.startsWith("who") ? "en" : "de", null, 3).stream()
                .map(SearchHit::key).toList();
    }

    private void publish(String key, String question, String answer) {
        var entry = new FaqEntry(key, LocalDate.of(2026, 11, 21));
        entry.setStatus(EntryStatus.PUBLISHED);
        entry.putText("de", question, List.of(), answer, List.of());
        entries.saveAndFlush(entry);
    }
}
