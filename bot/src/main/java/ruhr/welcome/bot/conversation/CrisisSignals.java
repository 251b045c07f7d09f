package ruhr.welcome.bot.conversation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Spots messages that suggest someone is in danger, in any of the listed languages (whatever the
 * conversation's language), so the emergency numbers go out at once. Deliberately broad: a false
 * alarm costs one extra message, a missed one may cost much more.
 */
@Component
class CrisisSignals {

    private final List<String> phrases;

    CrisisSignals() {
        this(load("crisis/signals.txt"));
    }

    CrisisSignals(List<String> phrases) {
        this.phrases = phrases.stream().map(CrisisSignals::normal).toList();
    }

    boolean suggestsCrisis(String text) {
        String normal = normal(text);
        return phrases.stream().anyMatch(normal::contains);
    }

    /**
     * Case (also the Turkish dotted capital İ), apostrophe variants (also the modifier letter ʼ of
     * Ukrainian keyboards), compatibility forms, and acute accents and diaereses (often left out on
     * phones: Greek "αυτοκτονια", Albanian "vetevrasje") do not matter.
     */
    static String normal(String text) {
        String lower = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return Normalizer.normalize(Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("[\u0301\u0307\u0308]", ""),
                Normalizer.Form.NFC).replace('\'', '’').replace('ʼ', '’');
    }

    private static List<String> load(String resource) {
        var phrases = new ArrayList<String>();
        try (var reader = new BufferedReader(new InputStreamReader(new ClassPathResource(resource).getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line; (line = reader.readLine()) != null; ) {
                int tab = line.indexOf('\t');
                if (!line.startsWith("#") && tab > 0 && tab < line.length() - 1) {
                    phrases.add(line.substring(tab + 1).strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(phrases);
    }
}
