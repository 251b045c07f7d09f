package ruhr.welcome.bot.conversation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.core.io.ClassPathResource;

import ruhr.welcome.knowledge.language.Languages;

import static org.assertj.core.api.Assertions.assertThat;

class CrisisSignalsTest {

    private static final CrisisSignals SIGNALS = new CrisisSignals();

    @ParameterizedTest
    @ValueSource(strings = {"Ich will nicht mehr leben", "I want to KILL MYSELF", "أريد أن أموت", "Мой муж бьёт меня",
            "Він б'є мене щодня", "kendimi öldürmek istiyorum", "Suizidgedanken"})
    void messagesSuggestingDangerAreSpottedInAnyLanguage(String text) {
        assertThat(SIGNALS.suggestsCrisis(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Wie lange dauert die Blaue Karte?", "Where do I get my tax ID?", "ok", "شكرا"})
    void everydayQuestionsAreNot(String text) {
        assertThat(SIGNALS.suggestsCrisis(text)).isFalse();
    }

    /** Each language the bot speaks: a message in danger, and a harmless one that shares its words. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            de | Ich will nicht mehr leben                 | Ich will nicht mehr warten, wann kommt mein Termin?
            en | I want to kill myself                     | I want to kill some time before my appointment
            tr | Kendimi öldürmek istiyorum                | Kendimi iyi hissediyorum, teşekkürler
            ar | أريد أن أموت                               | أريد أن أعمل في ألمانيا
            ru | Муж бьёт меня                             | Муж ищет работу в Эссене
            uk | Хочу померти                              | Хочу переїхати до Бохума
            fa | می‌خواهم بمیرم                              | می‌خواهم در آلمان کار کنم
            fr | Je veux mourir                            | Je veux ouvrir un compte bancaire
            pl | Chcę umrzeć                               | Chcę umówić wizytę u lekarza
            ro | Vreau să mor                              | Vreau să mă mut la Essen
            es | Quiero morir                              | Quiero mudarme a Dortmund
            it | Voglio morire                             | Voglio trasferirmi a Essen
            bg | Искам да умра                             | Искам да уча в Бохум
            el | Θέλω να πεθάνω                            | Θέλω να ζω στο Έσσεν
            hi | मैं आत्महत्या करना चाहता हूँ                 | मैं एसेन में रहना चाहता हूँ
            sq | Dua të vdes                               | Dua të jetoj në Essen
            hr | Ne želim više živjeti                     | Želim više raditi u Njemačkoj
            sr | Желим да умрем                            | Желим да учим немачки
            bs | Muž me bije svaki dan                     | Muž me vodi na posao svaki dan
            pt | Quero morrer                              | Quero morar em Essen
            nl | Ik wil niet meer leven                    | Ik wil meer leren over de Blue Card
            vi | Tôi muốn chết                             | Tôi muốn sống ở Essen
            zh | 我不想活了                                 | 请打我电话，我想在埃森生活
            ku | Ez dixwazim bimirim                       | Ez dixwazim li Essenê bijîm
            """)
    void eachLanguageSpotsDangerButNotItsNearMiss(String lang, String danger, String harmless) {
        assertThat(SIGNALS.suggestsCrisis(danger)).as("%s: %s", lang, danger).isTrue();
        assertThat(SIGNALS.suggestsCrisis(harmless)).as("%s: %s", lang, harmless).isFalse();
    }

    /** Beyond suicide: self-harm, violence and acute medical emergencies, also in the languages added last. */
    @ParameterizedTest
    @ValueSource(strings = {"I cut myself again last night", "Mein Vater ist bewusstlos", "Я режу себя", "Chồng đánh tôi",
            "Мъжът ми ме бие, бие ме всеки ден", "Ο άντρας μου με χτυπάει", "मेरे पिता को दिल का दौरा पड़ा", "Më rreh burri",
            "Imam srčani udar", "Ме туче муж", "Tenho um ataque cardíaco", "Mijn man slaat mij", "他有心脏病发作", "Nikarim bêhna xwe bistînim",
            "Zelfbeschadiging", "Θέλω να βλάψω τον εαυτό μου"})
    void selfHarmViolenceAndMedicalEmergencies(String text) {
        assertThat(SIGNALS.suggestsCrisis(text)).isTrue();
    }

    /** People leave out accents and type capitals and other apostrophes: the danger is still seen. */
    @ParameterizedTest
    @ValueSource(strings = {"İNTİHAR etmek istiyorum", "θελω να πεθανω", "Dua te vdes", "Він бʼє мене", "QUERO MORRER", "SUICÍDIO"})
    void accentsCapitalsAndApostrophesDoNotMatter(String text) {
        assertThat(SIGNALS.suggestsCrisis(text)).isTrue();
    }

    @Test
    void everyLanguageTheBotSpeaksHasSignals() throws IOException {
        Set<String> listed = new TreeSet<>();
        new ClassPathResource("crisis/signals.txt").getContentAsString(StandardCharsets.UTF_8).lines()
                .filter(line -> !line.startsWith("#") && line.contains("\t")).forEach(line -> listed.add(line.split("\t")[0]));
        assertThat(listed).containsAll(Languages.SUPPORTED);
    }
}
