package ruhr.welcome.knowledge.language;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

import com.ibm.icu.util.ULocale;

/**
 * Training text for the two Kurdish models, since Lingua has none: our own seed sentences
 * ({@code language/<code>-seed.txt}), the Kurdish names of languages and countries in ICU4J's CLDR data
 * (Unicode licence) and, for Sorani, Lucene's stop-word list (Apache-2.0). See {@code language/SOURCES.md}.
 */
final class KurdishCorpus {

    private KurdishCorpus() {
    }

    static String kurmanji() {
        return resource("language/ku-seed.txt") + "\n" + cldrNames("ku");
    }

    static String sorani() {
        return resource("language/ckb-seed.txt") + "\n" + cldrNames("ckb") + "\n"
                + resource("org/apache/lucene/analysis/ckb/stopwords.txt");
    }

    /** Language, country and script names as CLDR writes them in that locale (skipping English fallbacks). */
    static String cldrNames(String locale) {
        ULocale in = new ULocale(locale);
        Set<String> names = new LinkedHashSet<>();
        for (ULocale l : ULocale.getAvailableLocales()) {
            addName(names, l.getDisplayLanguage(in), l.getDisplayLanguage(ULocale.ENGLISH));
            addName(names, l.getDisplayCountry(in), l.getDisplayCountry(ULocale.ENGLISH));
        }
        for (String country : ULocale.getISOCountries()) {
            ULocale l = new ULocale("", country);
            addName(names, l.getDisplayCountry(in), l.getDisplayCountry(ULocale.ENGLISH));
        }
        return String.join("\n", names);
    }

    private static void addName(Set<String> names, String name, String english) {
        if (!name.isBlank() && !name.equalsIgnoreCase(english) && !name.toLowerCase(Locale.ROOT).equals(name.toUpperCase(Locale.ROOT))) {
            names.add(name);
        }
    }

    private static String resource(String path) {
        try (InputStream in = KurdishCorpus.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            StringBuilder text = new StringBuilder();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.startsWith("#")) {
                    text.append(line).append('\n');
                }
            }
            return text.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
