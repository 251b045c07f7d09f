package ruhr.welcome.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;
import static ruhr.welcome.knowledge.search.FaqFixtures.entry;
import static ruhr.welcome.knowledge.search.FaqFixtures.text;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FaqIndexTest {

    private final FaqIndex index = FaqFixtures.index();

    @AfterEach
    void close() throws Exception {
        index.close();
    }

    private String top(String text, String lang, String city) {
        List<SearchHit> hits = index.search(text, lang, city, 5);
        assertThat(hits).as("hits for '%s'", text).isNotEmpty();
        return hits.getFirst().key();
    }

    private List<String> keys(String text, String lang, String city) {
        return index.search(text, lang, city, 10).stream().map(SearchHit::key).toList();
    }

    @Test
    void findsTheEntryInTheQuestionsLanguageWithMatchedTerms() {
        SearchHit hit = index.search("how long does the blue card take", "en", null, 3).getFirst();
        assertThat(hit.key()).isEqualTo("residence-blue-card");
        assertThat(hit.matchedLang()).isEqualTo("en");
        assertThat(hit.matchedTerms()).contains("blue", "card");
        assertThat(hit.coverage()).isGreaterThan(0.5);
    }

    @Test
    void toleratesTypos() {
        assertThat(top("Blaue Krate Voraussetzung", "de", null)).isEqualTo("residence-blue-card");
        assertThat(top("Steueridentifikatonsnumer", "de", null)).isEqualTo("money-tax-id");
    }

    @Test
    void aWordNoTextHoldsIsMatchedToItsNearestWord() {
        // two letters swapped or one missing: no stem, no synonym and too few shared grams would find these
        assertThat(top("payrlol", "en", null)).isEqualTo("money-tax-id");
        assertThat(top("Wohnungsgeberbestätigng", "de", null)).isEqualTo("housing-registration");
        assertThat(keys("zzqxwv", "en", null)).as("nothing near a word of nonsense").isEmpty();
    }

    @Test
    void germanCompoundPartsFindTheCompound() {
        assertThat(top("Nummer Steuer Identifikation", "de", null)).isEqualTo("money-tax-id");
    }

    @Test
    void shippedSynonymsApply() {
        // the English text says "tax ID"; the synonym file says "tax number" means the same
        assertThat(top("tax number", "en", null)).isEqualTo("money-tax-id");
    }

    @Test
    void editorSynonymsApplyAfterRebuild() {
        assertThat(keys("WBS", "de", null)).doesNotContain("housing-permit");
        index.rebuild(FaqFixtures.starter(), Map.of("de", List.of("wbs, wohnberechtigungsschein")));
        assertThat(top("WBS", "de", null)).isEqualTo("housing-permit");
    }

    @Test
    void cityEntryReplacesTheRegionalOneForItsCityOnly() {
        assertThat(keys("Wohnung anmelden", "de", "essen"))
                .contains("housing-registration-essen").doesNotContain("housing-registration");
        assertThat(keys("Wohnung anmelden", "de", "bochum"))
                .contains("housing-registration").doesNotContain("housing-registration-essen");
        assertThat(keys("Wohnung anmelden", "de", null))
                .contains("housing-registration").doesNotContain("housing-registration-essen");
    }

    @Test
    void otherCitiesEntriesAreNeverReturned() {
        assertThat(keys("Migrationsberatung Dortmund", "de", "dortmund")).contains("advice-dortmund");
        assertThat(keys("Migrationsberatung Dortmund", "de", "essen")).doesNotContain("advice-dortmund");
        assertThat(keys("Migrationsberatung Dortmund", "de", null)).doesNotContain("advice-dortmund");
    }

    @Test
    void findsAnEntryWithNoTextInTheQuestionsLanguage() {
        // Turkish question, the entry is only in German: the shared word "Kita" carries it
        SearchHit hit = index.search("Kita yeri nasıl bulunur", "tr", null, 3).getFirst();
        assertThat(hit.key()).isEqualTo("childcare-kita");
        assertThat(hit.matchedLang()).isEqualTo("de");
        assertThat(hit.matchedTerms()).contains("kita");
    }

    @Test
    void siblingLanguagesShareTheirTexts() {
        SearchHit hit = index.search("priznavanje diplome", "bs", null, 3).getFirst();
        assertThat(hit.key()).isEqualTo("recognition-diploma");
        assertThat(hit.matchedLang()).isEqualTo("hr");
    }

    @Test
    void findsInNonLatinScripts() {
        assertThat(top("где получить налоговый номер", "ru", null)).isEqualTo("money-tax-id");
        assertThat(top("податковий номер", "uk", null)).isEqualTo("money-tax-id");
        assertThat(top("الرقم الضريبي", "ar", null)).isEqualTo("money-tax-id");
        assertThat(top("mavi kart", "tr", null)).isEqualTo("residence-blue-card");
    }

    @Test
    void upsertAndRemoveAreVisibleToTheNextSearch() {
        assertThat(keys("Rundfunkbeitrag", "de", null)).doesNotContain("everyday-broadcast-fee");
        index.upsert(entry("everyday-broadcast-fee", null, null,
                Map.of("de", text("Muss ich den Rundfunkbeitrag zahlen?", "Jeder Haushalt zahlt den Rundfunkbeitrag."))));
        assertThat(top("Rundfunkbeitrag", "de", null)).isEqualTo("everyday-broadcast-fee");

        index.upsert(entry("everyday-broadcast-fee", null, null,
                Map.of("de", text("Muss ich die GEZ zahlen?", "Jeder Haushalt zahlt die GEZ-Gebühr."))));
        assertThat(keys("Rundfunkbeitrag", "de", null)).doesNotContain("everyday-broadcast-fee");
        assertThat(top("GEZ", "de", null)).isEqualTo("everyday-broadcast-fee");

        assertThat(index.remove("everyday-broadcast-fee")).isTrue();
        assertThat(keys("GEZ", "de", null)).doesNotContain("everyday-broadcast-fee");
        assertThat(index.document("everyday-broadcast-fee")).isEmpty();
    }

    @Test
    void unknownLanguageSearchesAllTexts() {
        assertThat(top("Blue Card", null, null)).isEqualTo("residence-blue-card");
    }

    @Test
    void blankQuestionFindsNothing() {
        assertThat(index.search("  ", "de", null, 5)).isEmpty();
    }
}
