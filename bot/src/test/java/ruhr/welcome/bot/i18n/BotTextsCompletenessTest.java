package ruhr.welcome.bot.i18n;

import java.util.Date;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.ibm.icu.text.MessagePattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import ruhr.welcome.knowledge.language.Languages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/** Every text of the bot exists in every language it claims, with the same arguments. */
class BotTextsCompletenessTest {

    static final java.util.List<String> LANGUAGES = Languages.SUPPORTED;

    private static final Map<String, String> SOURCE = BotTexts.load(BotTexts.SOURCE_LANGUAGE);
    private static final Map<String, Object> SAMPLE_ARGS = Map.of("language", "Deutsch", "answerLanguage", "English",
            "city", "Dortmund", "topic", "Wohnen", "page", 2, "pages", 3, "max", 1000, "days", 90, "count", 3,
            "date", new Date(0));

    @ParameterizedTest
    @FieldSource("LANGUAGES")
    void hasEveryKeyOfTheSourceAndNoOther(String lang) {
        var texts = BotTexts.load(lang);

        assertThat(new TreeSet<>(texts.keySet())).as("keys of messages_%s", lang)
                .isEqualTo(new TreeSet<>(SOURCE.keySet()));
        assertThat(texts.values()).as("empty texts in messages_%s", lang).noneMatch(String::isBlank);
    }

    @ParameterizedTest
    @FieldSource("LANGUAGES")
    void usesTheSameArgumentsAndValidPlurals(String lang) {
        var texts = BotTexts.load(lang);

        SOURCE.forEach((key, source) -> {
            String text = texts.get(key);
            if (text == null) {
                return; // reported by the key test
            }
            assertThat(arguments(text)).as("arguments of %s in %s", key, lang).isEqualTo(arguments(source));
            if (source.contains("plural,")) {
                assertThat(text).as("plural of %s in %s", key, lang).contains("other {");
            }
            assertThatCode(() -> new com.ibm.icu.text.MessageFormat(text, com.ibm.icu.util.ULocale.forLanguageTag(lang))
                    .format(SAMPLE_ARGS)).as("%s in %s", key, lang).doesNotThrowAnyException();
        });
    }

    @ParameterizedTest
    @FieldSource("LANGUAGES")
    void commandDescriptionsFitTelegramsLimits(String lang) {
        BotTexts.load(lang).entrySet().stream().filter(e -> e.getKey().startsWith("command."))
                .forEach(e -> assertThat(e.getValue().length()).as("%s in %s", e.getKey(), lang).isBetween(3, 256));
    }

    private static Set<String> arguments(String pattern) {
        var names = new TreeSet<String>();
        var parsed = new MessagePattern(pattern);
        for (int i = 0; i < parsed.countParts(); i++) {
            var part = parsed.getPart(i);
            if (part.getType() == MessagePattern.Part.Type.ARG_NAME) {
                names.add(parsed.getSubstring(part));
            }
        }
        return names;
    }
}
