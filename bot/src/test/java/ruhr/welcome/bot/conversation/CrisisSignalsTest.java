package ruhr.welcome.bot.conversation;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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
}
