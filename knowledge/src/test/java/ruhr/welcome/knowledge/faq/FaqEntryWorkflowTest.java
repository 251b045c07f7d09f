package ruhr.welcome.knowledge.faq;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import ruhr.welcome.knowledge.faq.exchange.FaqFileMapping;
import ruhr.welcome.knowledge.faq.exchange.FaqFileReader;
import ruhr.welcome.knowledge.faq.exchange.FaqImportRejected;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The entry's workflow and its translations' staleness, without a database. */
class FaqEntryWorkflowTest {

    @Test
    void anEntryIsReviewedBeforeItIsPublishedAndCanAlwaysGoBackToDraft() {
        var entry = new FaqEntry("workflow-test", LocalDate.of(2026, 11, 21));
        assertThat(entry.getStatus()).isEqualTo(EntryStatus.DRAFT);
        assertThatThrownBy(() -> entry.moveTo(EntryStatus.PUBLISHED)).isInstanceOf(IllegalStatusChange.class)
                .hasMessageContaining("DRAFT").hasMessageContaining("PUBLISHED");
        entry.moveTo(EntryStatus.REVIEW);
        entry.moveTo(EntryStatus.DRAFT);
        entry.moveTo(EntryStatus.REVIEW);
        entry.moveTo(EntryStatus.PUBLISHED);
        assertThatThrownBy(() -> entry.moveTo(EntryStatus.REVIEW)).isInstanceOf(IllegalStatusChange.class);
        assertThatThrownBy(() -> entry.moveTo(EntryStatus.PUBLISHED)).isInstanceOf(IllegalStatusChange.class);
        entry.moveTo(EntryStatus.DRAFT);
        assertThat(entry.getStatus()).isEqualTo(EntryStatus.DRAFT);
    }

    @Test
    void aTranslationIsStaleOnceItsSourceChangesAndCurrentAgainWhenEditedOrConfirmed() throws InterruptedException {
        var entry = new FaqEntry("stale-test", LocalDate.of(2026, 11, 21));
        entry.putTexts(Map.of("en", content("Question?", "Answer."), "de", content("Frage?", "Antwort.")));
        assertThat(entry.sourceLang()).isEqualTo("de");
        assertThat(entry.isStale("en")).isFalse();

        Thread.sleep(2);
        entry.putText("de", "Frage?", List.of(), "Neue Antwort.", List.of());
        assertThat(entry.isStale("en")).isTrue();
        assertThat(entry.isStale("de")).isFalse();

        entry.putText("de", "Frage?", List.of(), "Neue Antwort.", List.of());
        assertThat(entry.isStale("en")).as("saving the same source text again changes nothing").isTrue();

        entry.markTranslationCurrent("en");
        assertThat(entry.isStale("en")).isFalse();

        Thread.sleep(2);
        entry.putTexts(Map.of("de", content("Frage?", "Dritte Antwort."), "en", content("Question?", "Third answer.")));
        assertThat(entry.isStale("en")).as("edited together with its source").isFalse();
    }

    @Test
    void anEntryWithoutGermanTranslatesFromItsFirstLanguage() throws InterruptedException {
        var entry = new FaqEntry("no-german", LocalDate.of(2026, 11, 21));
        entry.putText("en", "Question?", List.of(), "Answer.", List.of());
        entry.putText("tr", "Soru?", List.of(), "Cevap.", List.of());
        assertThat(entry.sourceLang()).isEqualTo("en");
        Thread.sleep(2);
        entry.putText("en", "Question?", List.of(), "Better answer.", List.of());
        assertThat(entry.isStale("tr")).isTrue();
    }

    @Test
    void oneEntryOfTheExchangeFormatIsReadWithTheFilesChecks() {
        var entry = new FaqEntry("exchange-entry", LocalDate.of(2026, 11, 21));
        entry.setTopics(List.of("housing"));
        entry.putText("de", "Frage?", List.of("frage"), "Antwort.", List.of(new FaqLink("Amt", "https://example.org")));
        entry.moveTo(EntryStatus.REVIEW);
        String json = FaqFileMapping.toJson(FaqFileMapping.toFile(entry));

        assertThat(new FaqFileReader().readEntry(json)).isEqualTo(FaqFileMapping.toFile(entry));
        assertThat(FaqFileMapping.fromJson(json)).isEqualTo(FaqFileMapping.toFile(entry));
        assertThat(json).contains("\"status\":\"review\"");
        assertThatThrownBy(() -> new FaqFileReader().readEntry(json.replace("https://example.org", "javascript:alert(1)")))
                .isInstanceOfSatisfying(FaqImportRejected.class, e -> assertThat(e.problems())
                        .extracting(p -> p.entryKey() + " " + p.lang() + " " + p.field())
                        .containsExactly("exchange-entry de links[0].url"));
    }

    private static FaqText.Content content(String question, String answer) {
        return new FaqText.Content(question, List.of(), answer, List.of());
    }
}
