package ruhr.welcome.bot.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import ruhr.welcome.knowledge.language.LanguageProperties;

/**
 * The bot's own texts in every language it claims, from ICU MessageFormat bundles
 * ({@code i18n/messages_<lang>.properties} and features' {@code i18n/<feature>_<lang>.properties}, UTF-8). Plurals and arguments are formatted per language.
 */
@Component
public class BotTexts {

    static final String SOURCE_LANGUAGE = "en";

    private final Map<String, Map<String, String>> patterns = new HashMap<>();
    private final List<String> languages;

    @Autowired
    public BotTexts(LanguageProperties properties) {
        this(properties.languages());
    }

    BotTexts(List<String> languages) {
        this.languages = List.copyOf(languages);
        patterns.put(SOURCE_LANGUAGE, load(SOURCE_LANGUAGE));
        for (String lang : languages) {
            patterns.computeIfAbsent(lang, BotTexts::load);
        }
    }

    /** The languages users can choose, in the configured order. */
    public List<String> languages() {
        return languages;
    }

    public String text(String lang, String key) {
        return text(lang, key, Map.of());
    }

    public String text(String lang, String key, Map<String, Object> args) {
        String pattern = patterns.getOrDefault(lang, patterns.get(SOURCE_LANGUAGE)).get(key);
        if (pattern == null) {
            pattern = patterns.get(SOURCE_LANGUAGE).get(key);
        }
        if (pattern == null) {
            throw new IllegalArgumentException("no bot text '" + key + "'");
        }
        return new MessageFormat(pattern, ULocale.forLanguageTag(lang)).format(args);
    }

    /** A language's name in that language, for the language menu ("Türkçe", "العربية"). */
    public static String autonym(String lang) {
        var locale = ULocale.forLanguageTag(lang);
        String name = locale.getDisplayLanguage(locale);
        return name.isEmpty() ? lang : name.substring(0, 1).toUpperCase(locale.toLocale()) + name.substring(1);
    }

    /** A language's name in the reader's language ("Turkish" for an English reader). */
    public static String languageName(String lang, String readerLang) {
        String name = ULocale.forLanguageTag(lang).getDisplayLanguage(ULocale.forLanguageTag(readerLang));
        return name.isEmpty() ? lang : name;
    }

    /** A weekday's short name in the reader's language ("Mo", "Pzt", "الاثنين"); 1 is Monday, as in ISO. */
    public static String weekday(int isoDay, String readerLang) {
        String[] days = com.ibm.icu.text.DateFormatSymbols.getInstance(ULocale.forLanguageTag(readerLang))
                .getWeekdays(com.ibm.icu.text.DateFormatSymbols.FORMAT, com.ibm.icu.text.DateFormatSymbols.ABBREVIATED);
        return days[isoDay % 7 + 1]; // ICU counts from Sunday = 1
    }

    /** Arabic, Persian and Sorani are written right to left. */
    public static boolean isRightToLeft(String lang) {
        return switch (lang.toLowerCase(Locale.ROOT)) {
            case "ar", "fa", "ckb", "he", "ur" -> true;
            default -> false;
        };
    }

    /**
     * All texts of a language: the main bundle ({@code i18n/messages_<lang>.properties}) and those
     * features bring along ({@code i18n/<feature>_<lang>.properties}); a key lives in one bundle only.
     */
    static Map<String, String> load(String lang) {
        String main = "i18n/messages_" + lang + ".properties";
        if (BotTexts.class.getClassLoader().getResource(main) == null) {
            throw new IllegalStateException("missing bot texts for language '" + lang + "': " + main);
        }
        var map = new HashMap<String, String>();
        try {
            for (Resource bundle : new PathMatchingResourcePatternResolver(BotTexts.class.getClassLoader())
                    .getResources("classpath*:i18n/*_" + lang + ".properties")) {
                try (InputStream in = bundle.getInputStream()) {
                    var properties = new Properties();
                    properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                    for (String key : properties.stringPropertyNames()) {
                        if (map.put(key, properties.getProperty(key)) != null) {
                            throw new IllegalStateException("bot text '" + key + "' is defined twice for '" + lang + "'");
                        }
                    }
                }
            }
            return map;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
