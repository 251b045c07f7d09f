package ruhr.welcome.knowledge.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static ruhr.welcome.knowledge.search.FaqFixtures.entry;
import static ruhr.welcome.knowledge.search.FaqFixtures.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import ruhr.welcome.knowledge.faq.FaqDocument;
import ruhr.welcome.knowledge.search.FaqFixtures;
import ruhr.welcome.knowledge.search.FaqIndex;

class AnswerServiceTest {

    private final FaqIndex index = new FaqIndex();
    private final AnswerService service = new AnswerService(index);

    AnswerServiceTest() {
        List<FaqDocument> entries = new ArrayList<>(FaqFixtures.starter());
        // two entries about nearly the same thing: a question about it is ambiguous
        entries.add(entry("family-child-benefit", null, null, Map.of("de", text("Wie beantrage ich Kindergeld?",
                "Kindergeld beantragen Eltern bei der Familienkasse der Agentur für Arbeit."))));
        entries.add(entry("family-child-supplement", null, null, Map.of("de", text("Wie beantrage ich den Kinderzuschlag?",
                "Den Kinderzuschlag beantragen Eltern mit kleinem Einkommen bei der Familienkasse der Agentur für Arbeit."))));
        index.rebuild(entries);
    }

    @AfterEach
    void close() throws Exception {
        index.close();
    }

    @Test
    void clearWinnerIsAnswered() {
        Answer a = service.answer(new Question("Wer bekommt die Blaue Karte EU?", "de", null));
        assertThat(a.decision()).isEqualTo(Decision.ANSWER);
        assertThat(a.offeredCandidates()).extracting(Candidate::key).containsExactly("residence-blue-card");
        assertThat(a.confidence()).isBetween(0.0, 1.0).isEqualTo(a.candidates().getFirst().confidence());
        assertThat(a.candidates().getFirst().answerLang()).isEqualTo("de");
    }

    @Test
    void twoCloseCandidatesAreOfferedToChooseFrom() {
        Answer a = service.answer(new Question("Familienkasse Antrag Eltern", "de", null));
        assertThat(a.decision()).isEqualTo(Decision.CLARIFY);
        assertThat(a.offeredCandidates()).extracting(Candidate::key)
                .contains("family-child-benefit", "family-child-supplement");
    }

    @Test
    void aKeywordOfOneEntryFindsIt() {
        Answer a = service.answer(new Question("Kinderzuschlag", "de", null));

        assertThat(a.decision()).isNotEqualTo(Decision.NONE);
        assertThat(a.offeredCandidates()).extracting(Candidate::key).first().isEqualTo("family-child-supplement");
    }

    @Test
    void aKeywordSeveralEntriesContainOffersThem() {
        Answer a = service.answer(new Question("Familienkasse", "de", null));

        assertThat(a.decision()).isEqualTo(Decision.CLARIFY);
        assertThat(a.offeredCandidates()).extracting(Candidate::key)
                .contains("family-child-benefit", "family-child-supplement");
    }

    @Test
    void aKeywordNoEntryContainsStaysUnanswered() {
        Answer a = service.answer(new Question("Xylophon", "de", null));

        assertThat(a.decision()).isEqualTo(Decision.NONE);
    }

    @Test
    void aLikelyEntryBelowTheAnswerThresholdIsOfferedRatherThanNothing() {
        Question q = new Question("Wer bekommt die Blaue Karte EU?", "de", null);
        var unsure = new AnswerService(index, new AnswerThresholds(0.99, 0.3, 0.25, 0.33, 0.3, 10));
        var silent = new AnswerService(index, new AnswerThresholds(0.99, 0.3, 0.25, 0.33, 1.0, 10));

        Answer offered = unsure.answer(q);
        assertThat(offered.decision()).isEqualTo(Decision.CLARIFY);
        assertThat(offered.offeredCandidates()).extracting(Candidate::key).containsExactly("residence-blue-card");
        assertThat(silent.answer(q).decision()).isEqualTo(Decision.NONE);
    }

    @Test
    void aLongerQuestionWithOnlyOneWordSearchCanUseOffersTheEntriesWithIt() {
        var unsure = new AnswerService(index, new AnswerThresholds(0.99, 0.3, 0.99, 0.33, 1.0, 10));

        Answer a = unsure.answer(new Question("Where and when do I have to register?", "en", null));

        assertThat(a.decision()).isEqualTo(Decision.CLARIFY);
        assertThat(a.offeredCandidates()).extracting(Candidate::key).contains("housing-registration");
        assertThat(unsure.answer(new Question("Where do I register my bicycle?", "en", null)).decision())
                .as("a second usable word no entry holds").isEqualTo(Decision.NONE);
    }

    @Test
    void gibberishGetsNoAnswer() {
        Answer a = service.answer(new Question("xqzt wvvlk prrm", "de", null));
        assertThat(a.decision()).isEqualTo(Decision.NONE);
        assertThat(a.offeredCandidates()).isEmpty();
    }

    @Test
    void confidencesFallWithRank() {
        Answer a = service.answer(new Question("Blaue Karte Aufenthaltstitel Fachkräfte", "de", null));
        List<Double> confidences = a.candidates().stream().map(Candidate::confidence).toList();
        assertThat(confidences).isSortedAccordingTo((x, y) -> Double.compare(y, x));
        assertThat(confidences).allSatisfy(c -> assertThat(c).isBetween(0.0, 1.0));
    }

    @Test
    void answerLanguageIsHonest() {
        // asked in Turkish, the Kita entry exists only in German
        Answer kita = service.answer(new Question("Kita yeri", "tr", null));
        assertThat(kita.candidates().getFirst().key()).isEqualTo("childcare-kita");
        assertThat(kita.candidates().getFirst().answerLang()).isEqualTo("de");
        // asked in Bosnian, the entry exists in Croatian
        Answer diploma = service.answer(new Question("priznavanje diplome", "bs", null));
        assertThat(diploma.candidates().getFirst().answerLang()).isEqualTo("hr");
    }

    @Test
    void answerLanguageFallbackOrder() {
        FaqDocument.Text t = text("q", "a");
        assertThat(AnswerService.answerLanguage(Map.of("tr", t, "en", t), "tr")).isEqualTo("tr");
        assertThat(AnswerService.answerLanguage(Map.of("sr", t, "en", t), "hr")).isEqualTo("sr");
        assertThat(AnswerService.answerLanguage(Map.of("de", t, "en", t), "fa")).isEqualTo("en");
        assertThat(AnswerService.answerLanguage(Map.of("de", t, "ru", t), "fa")).isEqualTo("de");
        assertThat(AnswerService.answerLanguage(Map.of("ru", t), "fa")).isEqualTo("ru");
        assertThat(AnswerService.answerLanguage(Map.of("ru", t, "en", t), null)).isEqualTo("en");
    }

    @Test
    void cityScopeReachesTheAnswer() {
        Answer a = service.answer(new Question("Wie melde ich meine Wohnung an?", "de", "essen"));
        assertThat(a.candidates()).extracting(Candidate::key)
                .contains("housing-registration-essen").doesNotContain("housing-registration");
    }
}
