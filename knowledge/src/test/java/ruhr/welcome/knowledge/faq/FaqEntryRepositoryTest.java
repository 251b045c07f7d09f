package ruhr.welcome.knowledge.faq;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;

import ruhr.welcome.platform.database.EmbeddedPostgresAutoConfiguration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@ImportAutoConfiguration(EmbeddedPostgresAutoConfiguration.class)
class FaqEntryRepositoryTest {

    @Autowired
    FaqEntryRepository entries;

    @Autowired
    TestEntityManager em;

    @Test
    void storesAnEntryWithItsTextsAndLinksInOrder() {
        var entry = new FaqEntry("residence-blue-card", LocalDate.of(2026, 11, 21));
        entry.setTopics(List.of("residence", "work"));
        entry.setAudiences(List.of("skilled-workers"));
        entry.setStatus(EntryStatus.PUBLISHED);
        entry.putText("de", "Was ist die Blaue Karte?", List.of("blaue karte dauer"), "Die **Blaue Karte EU** ...",
                List.of(new FaqLink("Make it in Germany", "https://www.make-it-in-germany.com/"),
                        new FaqLink("BAMF", "https://www.bamf.de/")));
        entry.putText("en", "What is the EU Blue Card?", List.of(), "The **EU Blue Card** ...", List.of());
        entries.saveAndFlush(entry);
        em.clear();

        var loaded = entries.findByKey("residence-blue-card").orElseThrow();

        assertThat(loaded.getTopics()).containsExactly("residence", "work");
        assertThat(loaded.getAudiences()).containsExactly("skilled-workers");
        assertThat(loaded.getTexts()).containsOnlyKeys("de", "en");
        assertThat(loaded.getTexts().get("de").getAlternates()).containsExactly("blaue karte dauer");
        assertThat(loaded.getTexts().get("de").getLinks()).extracting(FaqLink::getTitle)
                .containsExactly("Make it in Germany", "BAMF");
        assertThat(entries.findByStatus(EntryStatus.PUBLISHED)).hasSize(1);
        assertThat(entries.findByStatus(EntryStatus.DRAFT)).isEmpty();
    }

    @Test
    void aRegionalEntryCannotReplaceAnother() {
        var entry = new FaqEntry("dortmund-immigration-office", LocalDate.now());

        assertThatThrownBy(() -> entry.setScope(null, "residence-immigration-office"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
