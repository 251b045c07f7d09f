package ruhr.welcome.knowledge.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LanguageDetectorTest {

    private static final LanguageDetector DETECTOR = new LanguageDetector();

    private static String best(String text) {
        LanguageGuess guess = DETECTOR.best(text);
        return guess == null ? null : guess.lang();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Wie lange dauert die Blaue Karte?                          | de
            how long does the blue card take                           | en
            Mavi kart ne kadar sürer?                                  | tr
            где получить налоговый номер                               | ru
            де отримати податковий номер                               | uk
            Gdzie mogę zarejestrować swój adres?                       | pl
            Cât durează cardul albastru?                               | ro
            Къде мога да намеря работа?                                | bg
            Πόσο διαρκεί η μπλε κάρτα;                                 | el
            Quanto tempo ci vuole per la carta blu?                    | it
            ¿Cuánto tarda la tarjeta azul?                             | es
            Combien de temps faut-il pour la carte bleue ?             | fr
            کارت آبی چقدر طول می‌کشد؟                                  | fa
            كم تستغرق البطاقة الزرقاء؟                                 | ar
            蓝卡需要多长时间？                                          | zh
            Thẻ xanh mất bao lâu?                                      | vi
            ब्लू कार्ड में कितना समय लगता है?                          | hi
            Sa kohë zgjat karta blu?                                   | sq
            Quanto tempo demora o cartão azul?                         | pt
            Hoe lang duurt de blauwe kaart?                            | nl
            """)
    void detectsEverydayQuestions(String text, String expected) {
        assertThat(best(text)).isEqualTo(expected);
    }

    @Test
    void guessesAreRankedAndAddUpToOne() {
        List<LanguageGuess> guesses = DETECTOR.detect("Ich suche eine Wohnung in Dortmund");
        assertThat(guesses).isNotEmpty();
        assertThat(guesses.getFirst().lang()).isEqualTo("de");
        assertThat(guesses.getFirst().confidence()).isGreaterThan(0.9);
        assertThat(guesses.stream().mapToDouble(LanguageGuess::confidence).sum()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
        for (int i = 1; i < guesses.size(); i++) {
            assertThat(guesses.get(i).confidence()).isLessThanOrEqualTo(guesses.get(i - 1).confidence());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\n\t", "1", "2", "42", "+49 201 1234567", "👍", "🙏🙏", "😀 👍 ❤️", "?!", "...", "12.05.2025"})
    void textWithoutLettersHasNoLanguage(String text) {
        assertThat(DETECTOR.detect(text)).isEmpty();
    }

    @Test
    void nullHasNoLanguage() {
        assertThat(DETECTOR.detect(null)).isEmpty();
    }

    @Test
    void oneWordRepliesStillGetRankedGuessesWithoutCrashing() {
        for (String word : List.of("ok", "danke", "thanks", "merci", "спасибо", "شكرا", "tamam")) {
            assertThat(DETECTOR.detect(word)).as(word).isNotEmpty();
        }
        assertThat(best("спасибо")).isIn("ru", "bg", "uk");
        assertThat(best("شكرا")).isIn("ar", "fa", "ckb");
    }

    @Test
    void emojiAroundWordsIsIgnored() {
        assertThat(best("👍👍 Vielen Dank für die schnelle Antwort 😀")).isEqualTo("de");
    }

    @Test
    void mixedScriptsFollowTheMajorityOfWords() {
        assertThat(best("Ich habe einen Termin beim Jobcenter, aber мой немецкий плохой")).isEqualTo("de");
        assertThat(best("Мне нужен Aufenthaltstitel, где его получить и сколько ждать")).isEqualTo("ru");
        // A Latin brand name inside a Persian sentence does not make it Sorani or Arabic.
        assertThat(best("من یک ماشین Toyota دارم و می‌خواهم آن را در آلمان ثبت کنم")).isEqualTo("fa");
    }

    @Test
    void serbianInLatinScriptIsSerbianOrAtLeastItsFamily() {
        // Identical in all three standard languages: any of them is right, one answer serves all.
        assertThat(best("Koliko traje plava karta?")).isIn("hr", "bs", "sr");
        String transliterated = "Gde mogu da dobijem poreski broj i koliko dugo se čeka na odgovor?";
        assertThat(best(transliterated)).isIn("sr", "hr", "bs");
        assertThat(best("Gde mogu da nađem stan? Hteo bih da znam koliko košta mesečno.")).isEqualTo("sr");
        assertThat(best("Где могу да нађем стан? Хтео бих да знам колико кошта месечно.")).isEqualTo("sr");
    }

    @Test
    void kurmanjiIsNotTurkish() {
        assertThat(best("Ez dixwazim li Almanyayê kar bikim, çawa ez dikarim destûra xebatê bistînim?")).isEqualTo("ku");
        assertThat(best("Almanya'da çalışmak istiyorum, çalışma iznini nasıl alabilirim?")).isEqualTo("tr");
        assertThat(best("Spas ji bo alîkariya we, ez ê sibê werim nivîsgehê")).isEqualTo("ku");
    }

    @Test
    void soraniIsNotPersianOrArabic() {
        assertThat(best("دەمەوێت لە ئەڵمانیا کار بکەم، چۆن مۆڵەتی کارکردن وەربگرم؟")).isEqualTo("ckb");
        assertThat(best("می‌خواهم در آلمان کار کنم، چگونه اجازه کار بگیرم؟")).isEqualTo("fa");
        assertThat(best("أريد أن أعمل في ألمانيا، كيف أحصل على تصريح العمل؟")).isEqualTo("ar");
    }

    @Test
    void veryLongInputIsHandled() {
        String text = "Ich möchte wissen, wie ich eine Wohnung in Essen finde. ".repeat(200);
        assertThat(text.length()).isGreaterThan(10_000);
        assertThat(best(text)).isEqualTo("de");
        assertThat(DETECTOR.detect("a".repeat(10_000))).isNotEmpty();
        assertThat(DETECTOR.detect("👍".repeat(5_000))).isEmpty();
    }

    @Test
    void turkishWithBrokenEncodingIsStillTurkish() {
        assertThat(best("Baþvuru için gerekli belgeleri nereden alabilirim?")).isEqualTo("tr");
    }

    @Test
    void restrictedDetectorOnlyAnswersWithItsLanguages() {
        LanguageDetector deEn = new LanguageDetector(List.of("de", "en"));
        assertThat(deEn.languages()).containsExactlyInAnyOrder("de", "en");
        assertThat(deEn.detect("Wo finde ich einen Deutschkurs?").getFirst().lang()).isEqualTo("de");
        assertThat(deEn.detect("Dove trovo un corso di tedesco?")).allSatisfy(g -> assertThat(g.lang()).isIn("de", "en"));
        assertThat(deEn.detect("где найти курс немецкого")).isEmpty();
    }

    @Test
    void configuringKurdishEnablesBothScripts() {
        LanguageDetector kurdish = new LanguageDetector(List.of("de", "ku"));
        assertThat(kurdish.languages()).containsExactlyInAnyOrder("de", "ku", "ckb");
        assertThat(kurdish.best("چۆن دەتوانم کار بدۆزمەوە؟").lang()).isEqualTo("ckb");
    }

    @Test
    void unknownLanguagesAreRejected() {
        assertThatThrownBy(() -> new LanguageDetector(List.of("de", "xx"))).isInstanceOf(IllegalArgumentException.class);
    }
}
