package ruhr.welcome.bot.conversation;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import ruhr.welcome.bot.conversation.SmallTalk.Heard;
import ruhr.welcome.bot.conversation.SmallTalk.Kind;

import static org.assertj.core.api.Assertions.assertThat;

class SmallTalkTest {

    private final SmallTalk smallTalk = new SmallTalk();

    @Test
    void greetingsAreHeardWithTheirLanguageWhenOnlyOneLanguageSaysItThatWay() {
        assertThat(smallTalk.hear("Merhaba!")).contains(new Heard(Kind.GREETING, "tr"));
        assertThat(smallTalk.hear("привіт")).contains(new Heard(Kind.GREETING, "uk"));
        assertThat(smallTalk.hear("Привет")).contains(new Heard(Kind.GREETING, "ru"));
        assertThat(smallTalk.hear("你好！")).contains(new Heard(Kind.GREETING, "zh"));
        assertThat(smallTalk.hear("Guten Tag")).contains(new Heard(Kind.GREETING, "de"));
        // used in many languages: the language stays as it is
        assertThat(smallTalk.hear("hi")).contains(new Heard(Kind.GREETING, null));
        assertThat(smallTalk.hear("Salut")).contains(new Heard(Kind.GREETING, null));
        assertThat(smallTalk.hear("hello, I need help")).contains(new Heard(Kind.GREETING, null));
    }

    @Test
    void thanksAndAcknowledgementsAreHeardWithoutALanguage() {
        assertThat(smallTalk.hear("danke")).contains(new Heard(Kind.THANKS, null));
        assertThat(smallTalk.hear("ok, thank you!")).contains(new Heard(Kind.THANKS, null));
        assertThat(smallTalk.hear("شكرا")).contains(new Heard(Kind.THANKS, null));
        assertThat(smallTalk.hear("ok")).contains(new Heard(Kind.NUDGE, null));
        assertThat(smallTalk.hear("👍")).contains(new Heard(Kind.NUDGE, null));
        assertThat(smallTalk.hear("12")).contains(new Heard(Kind.NUDGE, null));
        assertThat(smallTalk.hear("d'accord")).contains(new Heard(Kind.NUDGE, null));
    }

    @Test
    void anythingWithAWordOfItsOwnIsAQuestion() {
        assertThat(smallTalk.hear("Kindergeld")).isEmpty();
        assertThat(smallTalk.hear("blue card")).isEmpty();
        assertThat(smallTalk.hear("B1")).isEmpty();
        assertThat(smallTalk.hear("Hallo, wie lange dauert die Blaue Karte?")).isEmpty();
        assertThat(smallTalk.hear("你好我想问签证")).isEmpty();
        assertThat(smallTalk.hear("")).isEqualTo(Optional.empty());
    }
}
