package ruhr.welcome.knowledge.language;

import java.util.List;
import java.util.Set;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Decides the language to answer a message in, from the message's text and what the conversation already
 * knows. Rules, in order:
 * <ol>
 * <li>An explicit user choice wins, unless the text is long and confidently in another language (the user has
 * evidently switched).</li>
 * <li>Short replies ("ok", "danke", "👍", "2") carry no language: they never change the conversation's
 * language.</li>
 * <li>German official terms in another language ("bank account without Anmeldung", "how to get
 * Wohnberechtigungsschein") do not make a text German: one long German word can outweigh a whole sentence in
 * the detector's letter statistics, so a text that looks German is judged again without its German-looking
 * words, and if the rest is clearly another language, that is the writer's.</li>
 * <li>An informative text that is clearly one language switches to it; within Bosnian/Croatian/Serbian (and the
 * two Kurdish codes) the previous language or the client's hint is kept, since the text cannot tell them apart
 * reliably and one answer serves all.</li>
 * <li>An informative text that is likely one language and all but rules out the language the conversation
 * would keep (the previous one, else the client's hint) switches too: "wie melde ich mich an" in a chat
 * begun in English is German, if not "clearly" so by the detector's confidence alone.</li>
 * <li>Otherwise: the previous language, then the client's language hint (Telegram {@code language_code}), then
 * the detector's best guess, then the first configured language.</li>
 * </ol>
 * Stateless and thread-safe; the caller stores the decided language as the conversation's "previous".
 */
@Component
public class ConversationLanguage {

    /** Why a language was chosen, for logs and figures. */
    public enum Reason { EXPLICIT, TEXT, PREVIOUS, CLIENT_HINT, DEFAULT }

    /** The decision: an ISO code from {@link Languages#DETECTABLE}, and why. */
    public record Decision(String lang, Reason reason) {
    }

    static final double CLEAR = 0.9;
    static final double LIKELY = 0.5;
    /** The text's share for the kept language below which the text contradicts it. */
    static final double RULED_OUT = 0.02;
    static final double CONFIDENT_OVERRIDE = 0.98;
    private static final String GERMAN = "de";
    /** The German share of the other words above which the text is German after all (German with a Dutch ring). */
    private static final double STILL_GERMAN = 0.1;
    /** Official terms are long words (Anmeldung, Kindergeld); short ones like "die" or "bank" are not judged alone. */
    private static final int GERMAN_TERM_LETTERS = 6;
    private static final double GERMAN_TERM_SHARE = 0.3;

    private final LanguageDetector detector;
    private final String fallback;

    @Autowired
    public ConversationLanguage(LanguageDetector detector, LanguageProperties properties) {
        this(detector, properties.languages().getFirst());
    }

    /** @param fallback the language when nothing else is known (the first configured one) */
    public ConversationLanguage(LanguageDetector detector, String fallback) {
        this.detector = detector;
        this.fallback = fallback;
    }

    /**
     * @param text           the user's message (may be null or blank)
     * @param clientHint     the client's language code, e.g. Telegram's "de" or "pt-br"; null if unknown
     * @param previous       the conversation's language so far; null for a new conversation
     * @param explicitChoice the language the user picked in a menu; null if none
     */
    public Decision resolve(String text, String clientHint, String previous, String explicitChoice) {
        Set<String> known = detector.languages();
        String hint = usable(clientHint, known);
        String before = usable(previous, known);
        String chosen = usable(explicitChoice, known);
        List<String> words = Words.of(text);
        int letters = words.stream().mapToInt(String::length).sum();
        List<LanguageGuess> guesses = withoutGermanTerms(words, detector.detect(text), before != null ? before : hint);
        LanguageGuess top = guesses.isEmpty() ? null : guesses.getFirst();
        boolean informative = words.size() >= 2 && letters >= 12 || letters >= 20;
        boolean clear = informative && top != null && top.confidence() >= CLEAR;

        if (chosen != null) {
            boolean longText = words.size() >= 4 && letters >= 25;
            if (longText && top != null && top.confidence() >= CONFIDENT_OVERRIDE && !sameFamily(top.lang(), chosen)) {
                return new Decision(top.lang(), Reason.TEXT);
            }
            return new Decision(chosen, Reason.EXPLICIT);
        }
        if (clear) {
            if (before != null && sameFamily(top.lang(), before)) {
                return new Decision(before, Reason.PREVIOUS);
            }
            if (hint != null && sameFamily(top.lang(), hint)) {
                return new Decision(hint, Reason.CLIENT_HINT);
            }
            return new Decision(top.lang(), Reason.TEXT);
        }
        String kept = before != null ? before : hint;
        if (informative && top != null && top.confidence() >= LIKELY && kept != null
                && share(guesses, kept) < RULED_OUT) {
            return new Decision(top.lang(), Reason.TEXT);
        }
        if (before != null) {
            return new Decision(before, Reason.PREVIOUS);
        }
        if (hint != null) {
            return new Decision(hint, Reason.CLIENT_HINT);
        }
        if (informative && top != null && top.confidence() >= 0.5) {
            return new Decision(top.lang(), Reason.TEXT);
        }
        return new Decision(fallback, Reason.DEFAULT);
    }

    /**
     * The detection of the words that do not look German, when the text as a whole looks German but those
     * words are another language: clearly, or likely and the one the conversation would keep anyway.
     * Otherwise the detection as it was. German is special here because it is the language of the letters,
     * offices and signs newcomers quote.
     */
    private List<LanguageGuess> withoutGermanTerms(List<String> words, List<LanguageGuess> guesses, String kept) {
        if (words.size() < 3 || guesses.isEmpty() || !guesses.getFirst().lang().equals(GERMAN)) {
            return guesses;
        }
        List<String> rest = words.stream().filter(w -> !looksGerman(w)).toList();
        if (rest.size() < 2 || rest.size() == words.size()) {
            return guesses;
        }
        int letters = rest.stream().mapToInt(String::length).sum();
        boolean informative = rest.size() >= 3 || letters >= 12;
        List<LanguageGuess> again = detector.detect(String.join(" ", rest));
        if (again.isEmpty() || again.getFirst().lang().equals(GERMAN) || share(again, GERMAN) >= STILL_GERMAN) {
            return guesses;
        }
        LanguageGuess other = again.getFirst();
        boolean clearly = informative && other.confidence() >= LIKELY;
        boolean asKept = kept != null && sameFamily(other.lang(), kept);
        return clearly || asKept ? again : guesses;
    }

    /** A long word whose letters are German enough: Anmeldung, Kindergeld (which could be Dutch too). */
    private boolean looksGerman(String word) {
        return word.length() >= GERMAN_TERM_LETTERS && share(detector.detect(word), GERMAN) >= GERMAN_TERM_SHARE;
    }

    /**
     * How sure the text alone is of this language, in [0,1]: what the question log records next to
     * the decision (a one-word reply kept in the conversation's language scores low, honestly).
     * Hr/sr/bs count together, as they share answers.
     */
    public double textConfidence(String text, String lang) {
        return share(detector.detect(text), lang);
    }

    private static double share(List<LanguageGuess> guesses, String lang) {
        return guesses.stream().filter(g -> sameFamily(g.lang(), lang)).mapToDouble(LanguageGuess::confidence).sum();
    }

    /** Whether one answer text may serve both (see {@link Languages#answerFallbacks}). */
    static boolean sameFamily(String a, String b) {
        return Languages.answerFallbacks(a).contains(Languages.primary(b));
    }

    private static String usable(String code, Set<String> known) {
        if (code == null || code.isBlank()) {
            return null;
        }
        String primary = Languages.primary(code);
        return known.contains(primary) ? primary : null;
    }
}
