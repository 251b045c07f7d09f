package ruhr.welcome.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class LanguageAnalysisTest {

    private static List<String> terms(String lang, String text) {
        return Analyzers.terms(LanguageAnalysis.text(lang, null), text).stream().map(Analyzers.QueryTerm::text).toList();
    }

    @Test
    void germanCompoundsYieldTheirParts() {
        assertThat(terms("de", "Aufenthaltserlaubnis")).contains("aufenthalt", "erlaubnis");
        assertThat(terms("de", "Krankenversicherung")).contains("versicherung");
    }

    @Test
    void germanUmlautsAndInflectionMeet() {
        assertThat(terms("de", "Ausländerbehörden")).isEqualTo(terms("de", "Auslaenderbehorde"))
                .contains("ausland", "behord");
    }

    @Test
    void americanAndBritishSpellingsMeet() {
        assertThat(terms("en", "recognized")).isEqualTo(terms("en", "recognised"));
        assertThat(terms("en", "organization")).isEqualTo(terms("en", "organisation"));
        assertThat(terms("en", "size")).isNotEqualTo(terms("en", "sise"));
    }

    @Test
    void turkishSuffixesAreStemmed() {
        assertThat(terms("tr", "belgeler")).isEqualTo(terms("tr", "belge"));
        assertThat(terms("tr", "evlerde")).isEqualTo(terms("tr", "ev"));
    }

    @Test
    void arabicArticleAndPrefixesAreStripped() {
        assertThat(terms("ar", "والإقامة")).isEqualTo(terms("ar", "إقامة"));
    }

    @Test
    void russianAndUkrainianCasesMeet() {
        assertThat(terms("ru", "налогового номера")).isEqualTo(terms("ru", "налоговый номер"));
        assertThat(terms("uk", "податкового номера")).isEqualTo(terms("uk", "податковий номер"));
    }

    @Test
    void chineseIsSegmentedIntoWords() {
        List<String> words = terms("zh", "我想申请居留许可");
        assertThat(words).hasSizeGreaterThan(2).contains("申请");
    }

    @Test
    void foldingIgnoresCaseAndAccents() {
        assertThat(terms("fr", "Carte de séjour")).isEqualTo(terms("fr", "CARTE DE SEJOUR"));
        assertThat(terms("es", "información")).isEqualTo(terms("es", "informacion"));
    }

    @Test
    void serbianCyrillicAndLatinMeet() {
        assertThat(terms("sr", "дозвола боравка")).isEqualTo(terms("sr", "dozvola boravka"));
    }

    @Test
    void questionWordsAreNotSearched() {
        assertThat(terms("en", "What can I do")).isEmpty();
    }
}
