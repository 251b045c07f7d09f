package ruhr.welcome.knowledge.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import ruhr.welcome.knowledge.language.ConversationLanguage.Decision;
import ruhr.welcome.knowledge.language.ConversationLanguage.Reason;

class ConversationLanguageTest {

    private static final ConversationLanguage RESOLVER = new ConversationLanguage(new LanguageDetector(), "de");

    @ParameterizedTest
    @ValueSource(strings = {"ok", "OK!", "danke", "thanks", "merci", "👍", "1", "2", "🙏🙏🙏", "42", "", "спасибо", "tamam"})
    void shortRepliesNeverFlipTheConversation(String reply) {
        assertThat(RESOLVER.resolve(reply, "en", "ar", null)).isEqualTo(new Decision("ar", Reason.PREVIOUS));
        assertThat(RESOLVER.resolve(reply, null, "tr", null).lang()).isEqualTo("tr");
    }

    @Test
    void aLongClearTextInAnotherLanguageSwitches() {
        Decision d = RESOLVER.resolve("Добрый день, я хочу узнать, как получить налоговый номер в Дортмунде", "de", "de", null);
        assertThat(d).isEqualTo(new Decision("ru", Reason.TEXT));
    }

    @Test
    void aShortTextThatRulesOutTheConversationsLanguageSwitchesAndOneThatFitsItDoesNot() {
        // German, if not "clearly" so by confidence; English is all but impossible
        assertThat(RESOLVER.resolve("wie melde ich mich an", "en", "en", null)).isEqualTo(new Decision("de", Reason.TEXT));
        assertThat(RESOLVER.resolve("wie melde ich mich an", "en", null, null)).isEqualTo(new Decision("de", Reason.TEXT));
        // could be Dutch too: a Dutch conversation stays Dutch
        assertThat(RESOLVER.resolve("kindergeld wie viel", "nl", "nl", null)).isEqualTo(new Decision("nl", Reason.PREVIOUS));
    }

    @Test
    void germanOfficialTermsInAnotherLanguageDoNotMakeItGerman() {
        // one long German word outweighs the sentence in the letter statistics; the writer is still English
        assertThat(RESOLVER.resolve("how do i open a bank account without anmeldung", "en", null, null).lang()).isEqualTo("en");
        assertThat(RESOLVER.resolve("how do i open a bank account without anmeldung", null, null, null).lang()).isEqualTo("en");
        assertThat(RESOLVER.resolve("do i need a termin at the ausländerbehörde", null, null, null).lang()).isEqualTo("en");
        assertThat(RESOLVER.resolve("where can i apply for kindergeld and elterngeld", null, null, null).lang()).isEqualTo("en");
        assertThat(RESOLVER.resolve("how to get wohnberechtigungsschein", "en", "en", null).lang()).isEqualTo("en");
        assertThat(RESOLVER.resolve("gdzie złożyć wniosek o kindergeld", "de", null, null).lang()).isEqualTo("pl");
    }

    @Test
    void germanTextsWithTheSameTermsStayGerman() {
        assertThat(RESOLVER.resolve("Kindergeld beantragen wie lange dauert das", "en", "en", null).lang()).isEqualTo("de");
        assertThat(RESOLVER.resolve("Wo ist die Ausländerbehörde in Bochum", "en", null, null).lang()).isEqualTo("de");
        assertThat(RESOLVER.resolve("Muss ich mich beim Bürgeramt anmelden", "tr", "tr", null).lang()).isEqualTo("de");
        assertThat(RESOLVER.resolve("Brauche ich eine Krankenversicherung?", "en", null, null).lang()).isEqualTo("de");
    }

    @Test
    void explicitChoiceWinsOverShortOrUnclearText() {
        assertThat(RESOLVER.resolve("ok", "en", "en", "fa")).isEqualTo(new Decision("fa", Reason.EXPLICIT));
        assertThat(RESOLVER.resolve("Blue Card?", "en", "en", "fa")).isEqualTo(new Decision("fa", Reason.EXPLICIT));
        assertThat(RESOLVER.resolve("Termin Ausländerbehörde", "de", "de", "ar").lang()).isEqualTo("ar");
    }

    @Test
    void explicitChoiceYieldsToALongConfidentTextInAnotherLanguage() {
        Decision d = RESOLVER.resolve("Hello, I would like to know how long it takes to get the EU Blue Card in Essen",
                "de", "ar", "ar");
        assertThat(d).isEqualTo(new Decision("en", Reason.TEXT));
    }

    @Test
    void explicitChoiceIsKeptWhenTheTextIsInTheSameFamily() {
        Decision d = RESOLVER.resolve("Gdje mogu naći stan i koliko košta najam mjesečno u Essenu?", null, null, "bs");
        assertThat(d).isEqualTo(new Decision("bs", Reason.EXPLICIT));
    }

    @Test
    void bosnianCroatianSerbianDoNotFlipAmongEachOther() {
        Decision d = RESOLVER.resolve("Gdje mogu naći stan i koliko košta najam mjesečno?", null, "sr", null);
        assertThat(d.lang()).isEqualTo("sr");
        Decision hinted = RESOLVER.resolve("Gdje mogu naći stan i koliko košta najam mjesečno?", "bs", null, null);
        assertThat(hinted).isEqualTo(new Decision("bs", Reason.CLIENT_HINT));
    }

    @Test
    void newConversationUsesTheTextThenTheClientHintThenTheDefault() {
        assertThat(RESOLVER.resolve("Wie lange dauert die Blaue Karte?", "en", null, null))
                .isEqualTo(new Decision("de", Reason.TEXT));
        assertThat(RESOLVER.resolve("ok", "pt-br", null, null)).isEqualTo(new Decision("pt", Reason.CLIENT_HINT));
        assertThat(RESOLVER.resolve("👍", null, null, null)).isEqualTo(new Decision("de", Reason.DEFAULT));
        assertThat(RESOLVER.resolve("ok", "ja", null, null)).isEqualTo(new Decision("de", Reason.DEFAULT));
    }

    @Test
    void kurdishIsNotTakenForTurkishOrPersian() {
        assertThat(RESOLVER.resolve("Ez dixwazim li Almanyayê kar bikim, çawa ez dikarim destûra xebatê bistînim?",
                "tr", null, null).lang()).isEqualTo("ku");
        assertThat(RESOLVER.resolve("دەمەوێت لە ئەڵمانیا کار بکەم، چۆن مۆڵەتی کارکردن وەربگرم؟",
                "fa", null, null).lang()).isEqualTo("ckb");
    }

    @Test
    void textConfidenceIsHighForAClearSentenceAndLowForAOneWordReply() {
        assertThat(RESOLVER.textConfidence("Wo bekomme ich meine Steuer-Identifikationsnummer?", "de")).isGreaterThan(0.9);
        assertThat(RESOLVER.textConfidence("Wo bekomme ich meine Steuer-Identifikationsnummer?", "tr")).isLessThan(0.1);
        assertThat(RESOLVER.textConfidence("👍", "ar")).isLessThan(0.5);
        assertThat(RESOLVER.textConfidence("Gdje mogu dobiti radnu dozvolu?", "sr")).as("hr/sr/bs count together").isGreaterThan(0.8);
    }
}
