package ruhr.welcome.bot.referral;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Spots words suggesting that a chat touches an area where professional advice is needed (asylum,
 * legal disputes, debt, health, violence), in any of the listed languages. Like the crisis signals
 * it matches parts of words, so a stem finds its forms (a {@code |} in the list marks a word
 * boundary where a short stem would hit other words); a false hit costs the guide one reminder.
 */
@Component
class ReferralSignals {

    /** A phrase that suggests an area. */
    record Signal(String lang, ReferralArea area, String phrase) {
    }

    /** Handoff topics (the FAQ's topic ids) that are an area in themselves. */
    private static final Map<String, ReferralArea> TOPICS = Map.of("health", ReferralArea.HEALTH);

    private final List<Signal> signals;

    ReferralSignals() {
        this(load("referral/signals.txt"));
    }

    ReferralSignals(List<Signal> signals) {
        this.signals = signals.stream().map(s -> new Signal(s.lang(), s.area(), phrase(s.phrase()))).toList();
    }

    /** The areas the text suggests; empty for none (or no text). */
    Set<ReferralArea> areasIn(String text) {
        var found = EnumSet.noneOf(ReferralArea.class);
        if (text == null || text.isBlank()) {
            return found;
        }
        String normal = " " + normal(text) + " ";
        for (Signal signal : signals) {
            if (normal.contains(signal.phrase())) {
                found.add(signal.area());
            }
        }
        return found;
    }

    /** The area a handoff's topic stands for, if it is one. */
    Set<ReferralArea> areasOfTopic(String topic) {
        ReferralArea area = topic == null ? null : TOPICS.get(topic);
        return area == null ? EnumSet.noneOf(ReferralArea.class) : EnumSet.of(area);
    }

    List<Signal> signals() {
        return signals;
    }

    /**
     * Like the crisis signals: case, apostrophe variants, compatibility forms, acute accents and
     * diaereses do not matter; punctuation neither: words (letters, their marks, digits) separated by
     * single spaces.
     */
    static String normal(String text) {
        String lower = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return Normalizer.normalize(Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("[\\u0301\\u0307\\u0308]", ""),
                        Normalizer.Form.NFC).replace('\'', '’').replace('ʼ', '’')
                .replaceAll("[^\\p{L}\\p{M}\\p{N}’]+", " ").strip();
    }

    /** A phrase of the list; a {@code |} at either end means a word must start or end there ("|court|"). */
    static String phrase(String raw) {
        return (raw.startsWith("|") ? " " : "") + normal(raw.replace('|', ' ')) + (raw.endsWith("|") ? " " : "");
    }

    static List<Signal> load(String resource) {
        var signals = new ArrayList<Signal>();
        try (var reader = new BufferedReader(new InputStreamReader(new ClassPathResource(resource).getInputStream(),
                StandardCharsets.UTF_8))) {
            int number = 0;
            for (String line; (line = reader.readLine()) != null; ) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\t");
                var area = parts.length == 3 ? ReferralArea.byId(parts[1].strip()) : java.util.Optional.<ReferralArea>empty();
                if (area.isEmpty() || parts[2].isBlank()) {
                    throw new IllegalStateException(resource + " line " + number + ": expected language, area and phrase");
                }
                signals.add(new Signal(parts[0].strip(), area.get(), parts[2].strip()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(signals);
    }
}
