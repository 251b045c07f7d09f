package ruhr.welcome.knowledge.faq.exchange;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.context.annotation.Import;

import ruhr.welcome.knowledge.faq.EntryStatus;
import ruhr.welcome.knowledge.faq.FaqEntryRepository;
import ruhr.welcome.knowledge.language.Languages;
import ruhr.welcome.platform.database.EmbeddedPostgresAutoConfiguration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@ImportAutoConfiguration(EmbeddedPostgresAutoConfiguration.class)
@Import({FaqImporter.class, FaqExporter.class})
class FaqImporterTest {

    @Autowired
    FaqImporter importer;

    @Autowired
    FaqExporter exporter;

    @Autowired
    FaqEntryRepository entries;

    @Autowired
    TestEntityManager em;

    @Test
    void starterContentImportsCleanlyInAllItsLanguages() {
        var report = importer.importFile(StarterContent.load(), false);

        assertThat(report.created()).hasSizeGreaterThanOrEqualTo(70);
        var all = entries.findAllWithTexts();
        assertThat(all.stream().filter(e -> e.getCity() == null)).hasSizeGreaterThanOrEqualTo(40);
        assertThat(all.stream().map(e -> e.getCity()).filter(c -> c != null).distinct()).hasSizeGreaterThanOrEqualTo(8);
        assertThat(all).allSatisfy(e -> {
            assertThat(e.getStatus()).isEqualTo(EntryStatus.PUBLISHED);
            assertThat(e.getTexts().keySet()).containsAll(List.of("de", "en", "tr", "ar", "ru", "uk"));
            assertThat(Languages.SUPPORTED).containsAll(e.getTexts().keySet());
        });
    }

    @Test
    void exportThenImportIsLossless() {
        importer.importFile(StarterContent.load(), false);
        em.flush();
        em.clear();
        String exported = exporter.exportDocument();

        var again = importer.importDocument(exported, false);

        assertThat(again.created()).isEmpty();
        assertThat(again.updated()).isEmpty();
        assertThat(again.unchanged()).hasSize(again.total());
        assertThat(new FaqFileReader().read(exported)).isEqualTo(StarterContent.load().sorted());
        em.flush();
        em.clear();
        assertThat(exporter.exportDocument()).isEqualTo(exported);
    }

    @Test
    void aBrokenFileChangesNothing() {
        importer.importDocument(file("housing-deposit", "Höchstens drei Kaltmieten."), false);
        em.flush();
        String before = exporter.exportDocument();

        String broken = """
                {"format": "welcome-faq/1", "entries": [
                  {"key": "housing-deposit", "topics": ["housing"], "status": "published", "lastReviewed": "2026-11-21",
                   "texts": {"de": {"question": "Kaution?", "answer": "Geändert."}}},
                  {"key": "housing-wbs", "topics": ["housing"], "status": "published", "lastReviewed": "2026-11-21",
                   "texts": {"de": {"question": "WBS?", "answer": ""}}}
                ]}""";

        assertThatThrownBy(() -> importer.importDocument(broken, false))
                .isInstanceOfSatisfying(FaqImportRejected.class, e -> assertThat(e.problems())
                        .extracting(ImportProblem::toString)
                        .containsExactly("entry housing-wbs [de] answer: must be non-empty text"));
        em.clear();
        assertThat(exporter.exportDocument()).isEqualTo(before);
    }

    @Test
    void aCityVariantNeedsItsRegionalEntry() {
        String orphan = """
                {"format": "welcome-faq/1", "entries": [
                  {"key": "essen-parking", "topics": ["everyday-life"], "status": "published", "lastReviewed": "2026-11-21",
                   "city": "essen", "variantOf": "everyday-parking",
                   "texts": {"de": {"question": "Parken in Essen?", "answer": "Siehe Stadtseite."}}}
                ]}""";

        assertThatThrownBy(() -> importer.importDocument(orphan, false))
                .isInstanceOfSatisfying(FaqImportRejected.class, e -> assertThat(e.problems())
                        .extracting(ImportProblem::toString)
                        .containsExactly("entry essen-parking variantOf: no regional entry 'everyday-parking' in the file or the FAQ"));
        assertThat(entries.count()).isZero();
    }

    @Test
    void aDryRunReportsWithoutWriting() {
        importer.importDocument(file("housing-deposit", "Höchstens drei Kaltmieten."), false);
        em.flush();

        var report = importer.importDocument(file("housing-deposit", "Höchstens drei Nettokaltmieten."), true);
        var created = importer.importDocument(file("housing-wbs", "Beim Wohnungsamt."), true);

        assertThat(report.updated()).containsExactly("housing-deposit");
        assertThat(created.created()).containsExactly("housing-wbs");
        em.clear();
        assertThat(entries.findByKey("housing-deposit").orElseThrow().getTexts().get("de").getAnswer())
                .isEqualTo("Höchstens drei Kaltmieten.");
        assertThat(entries.findByKey("housing-wbs")).isEmpty();
    }

    private static String file(String key, String answer) {
        return """
                {"format": "welcome-faq/1", "entries": [
                  {"key": "%s", "topics": ["housing"], "audiences": [], "status": "published", "lastReviewed": "2026-11-21",
                   "texts": {"de": {"question": "Frage zu %s?", "alternates": [], "answer": "%s", "links": []}}}
                ]}""".formatted(key, key, answer);
    }
}
