package ruhr.welcome.knowledge.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguagesTest {

    @Test
    void bosnianCroatianSerbianShareAnswers() {
        assertThat(Languages.answerFallbacks("bs")).containsExactly("bs", "hr", "sr");
        assertThat(Languages.answerFallbacks("hr")).containsExactly("hr", "bs", "sr");
        assertThat(Languages.answerFallbacks("sr")).containsExactly("sr", "bs", "hr");
        assertThat(Languages.answerFallbacks("ckb")).containsExactly("ckb", "ku");
        assertThat(Languages.answerFallbacks("de")).containsExactly("de");
    }

    @Test
    void clientCodesAreReducedToTheirPrimaryLanguage() {
        assertThat(Languages.primary("pt-br")).isEqualTo("pt");
        assertThat(Languages.primary("zh_Hans")).isEqualTo("zh");
        assertThat(Languages.primary(" DE ")).isEqualTo("de");
        assertThat(Languages.primary(null)).isEmpty();
        assertThat(Languages.answerFallbacks("sr-Latn")).containsExactly("sr", "bs", "hr");
    }

    @Test
    void soraniIsDetectableButNotAConfigurableLanguage() {
        assertThat(Languages.DETECTABLE).contains("ckb").containsAll(Languages.SUPPORTED);
        assertThat(Languages.SUPPORTED).doesNotContain("ckb");
    }
}
