package ruhr.welcome.bot.referral;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ReferralSignalsTest {

    private static final ReferralSignals SIGNALS = new ReferralSignals();

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            de | asylum   | Mein Asylantrag wurde abgelehnt, was jetzt?
            de | legal    | Mein Vermieter will mich verklagen.
            de | debt     | Ich habe Schulden und bekomme ständig Mahnungen.
            de | health   | Ich habe keine Krankenversicherung und bin schwanger.
            de | violence | Mein Mann schlägt mich.
            en | asylum   | They want to deport my brother
            en | legal    | Do I need a lawyer? I got a letter from the court.
            en | debt     | I have debts with a collection agency
            en | health   | I am pregnant and have no health insurance
            en | violence | My husband hits me when he is drunk
            tr | asylum   | İltica başvurum reddedildi
            tr | legal    | Avukat bulmam lazım, mahkeme mektubu geldi
            tr | debt     | Çok borcum var, icra geldi
            tr | health   | Sigortam yok ama hastaneye gitmem lazım
            tr | violence | Kocam beni dövüyor, şiddet görüyorum
            ar | asylum   | رفضوا طلب اللجوء الخاص بي
            ar | legal    | أحتاج إلى محامي بسبب المحكمة
            ar | debt     | عندي ديون كثيرة ولا أستطيع الدفع
            ar | health   | أنا حامل وليس لدي تأمين صحي
            ar | violence | زوجي يضربني كل يوم
            ru | asylum   | Мне отказали в убежище
            ru | legal    | Нужен адвокат, хочу подать иск в суд
            ru | debt     | У меня большие долги, звонят коллекторы
            ru | health   | Я беременна, нужна больница
            ru | violence | Муж бьёт меня
            uk | asylum   | Чи можу я отримати притулок?
            uk | legal    | Мені потрібен юрист, сусід подав позов
            uk | debt     | У мене борги за квартиру
            uk | health   | Я вагітна, де знайти лікарню?
            uk | violence | Чоловік б'є мене
            """)
    void spotsEachAreaInEachLanguage(String lang, String area, String text) {
        assertThat(SIGNALS.areasIn(text)).as("%s: %s", lang, text).contains(ReferralArea.byId(area).orElseThrow());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            de | Wie lange dauert die Blaue Karte?
            de | Wo kann ich ein Gericht mit Linsen kaufen? Ich suche Rezepte.
            en | Where do I get my tax ID? It is a long story, of course.
            en | I need a courtyard flat and a debit card
            tr | Oturma izni ne kadar sürer? Hicran çok uzun.
            ar | كيف أفتح حسابا بنكيا؟
            ru | Я долго ищу квартиру, хочу искать работу
            uk | Як довго чекати на дозвіл на проживання?
            """)
    void everydayQuestionsAreNot(String lang, String text) {
        Set<ReferralArea> found = SIGNALS.areasIn(text);
        if (text.contains("Gericht")) {
            // "Gericht" is also a dish: a reminder too many is the price of never missing a court case
            assertThat(found).containsOnly(ReferralArea.LEGAL);
        } else {
            assertThat(found).as("%s: %s", lang, text).isEmpty();
        }
    }

    @Test
    void coversAtLeastTheSixMainLanguagesInEveryArea() {
        for (String lang : new String[] {"de", "en", "tr", "ar", "ru", "uk"}) {
            Set<ReferralArea> areas = SIGNALS.signals().stream().filter(s -> s.lang().equals(lang)).map(ReferralSignals.Signal::area)
                    .collect(Collectors.toSet());
            assertThat(areas).as(lang).isEqualTo(EnumSet.allOf(ReferralArea.class));
        }
    }

    @Test
    void theHealthTopicIsAnAreaAndAnEmptyMessageIsNone() {
        assertThat(SIGNALS.areasOfTopic("health")).containsExactly(ReferralArea.HEALTH);
        assertThat(SIGNALS.areasOfTopic("housing")).isEmpty();
        assertThat(SIGNALS.areasOfTopic(null)).isEmpty();
        assertThat(SIGNALS.areasIn(null)).isEmpty();
        assertThat(SIGNALS.areasIn("   ")).isEmpty();
    }

    @Test
    void wordBoundariesKeepShortStemsFromHittingOtherWords() {
        assertThat(SIGNALS.areasIn("I will sue them")).contains(ReferralArea.LEGAL);
        assertThat(SIGNALS.areasIn("This is an issue with my visa")).isEmpty();
        assertThat(SIGNALS.areasIn("Grape juice")).isEmpty();
        assertThat(SIGNALS.areasIn("Court, tomorrow!")).contains(ReferralArea.LEGAL);
    }
}
