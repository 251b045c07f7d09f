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
        List<LanguageGuess> guesses = detector.detect(text);
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
