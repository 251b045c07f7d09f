package ruhr.welcome.knowledge.language;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Tells which of the configured languages a (short, informal) text is in, from the text alone.
 *
 * <p>Steps: words of letters only; the dominant script picks the candidates (Greek, Chinese, Hindi are decided
 * there); letters only some languages use narrow them ({@link LetterRules}); n-gram models (Lingua's, plus our
 * Kurdish ones) rank the rest ({@link NgramScorer}). Sorani Kurdish is reported as {@code ckb}, Kurmanji as
 * {@code ku}; configuring {@code ku} enables both. Serbian in either script is {@code sr}.
 *
 * <p>The models (~100 MB) load once per JVM, on first construction, and are shared by all instances.
 * Thread-safe.
 */
@Component
public class LanguageDetector {

    /** Scores are sums over five n-gram orders of the same letters, so they overstate the evidence. */
    private static final double TEMPERATURE = 3.0;

    private final int enabled;
    private final Set<String> languages;
    private final NgramScorer scorer;

    /** All supported languages. */
    public LanguageDetector() {
        this(Languages.SUPPORTED);
    }

    @Autowired
    public LanguageDetector(LanguageProperties properties) {
        this(properties.languages());
    }

    /**
     * @param languages ISO codes from {@link Languages#DETECTABLE}; only these are ever returned
     * @throws IllegalArgumentException for an unknown code
     */
    public LanguageDetector(Collection<String> languages) {
        int mask = 0;
        Set<String> codes = new LinkedHashSet<>();
        for (String language : languages) {
            String code = language.toLowerCase(Locale.ROOT).trim();
            if (!Languages.DETECTABLE.contains(code)) {
                throw new IllegalArgumentException("no detection model for language '" + language + "'");
            }
            for (ModelLanguage model : ModelLanguage.ALL) {
                if (model.iso.equals(code) || (code.equals("ku") && model == ModelLanguage.CKB)) {
                    mask |= model.bit();
                    codes.add(model.iso);
                }
            }
        }
        this.enabled = mask;
        this.languages = Set.copyOf(codes);
        this.scorer = new NgramScorer(DetectorModels.shared());
    }

    /** The codes this detector may return. */
    public Set<String> languages() {
        return languages;
    }

    /**
     * Ranked candidates, most likely first, confidences adding up to 1. Empty when the text has no letters
     * (blank, digits, emoji, punctuation) or is in a script none of the enabled languages uses.
     */
    public List<LanguageGuess> detect(String text) {
        List<String> words = Words.of(text);
        if (words.isEmpty()) {
            return List.of();
        }
        Script script = dominantScript(words);
        int candidates = enabled & scriptCandidates(script);
        if (candidates == 0) {
            return List.of();
        }
        // A Latin brand name in a Persian sentence says nothing about Persian vs Arabic vs Sorani.
        List<String> inScript = words.stream().filter(w -> Script.of(w.charAt(0)) == script).toList();
        words = inScript.isEmpty() ? words : inScript;
        if (Integer.bitCount(candidates) > 1) {
            candidates = LetterRules.filter(words, candidates);
        }
        if (Integer.bitCount(candidates) == 1) {
            return List.of(new LanguageGuess(ModelLanguage.ALL.get(Integer.numberOfTrailingZeros(candidates)).iso, 1.0));
        }
        return rank(scorer.score(words, candidates), candidates);
    }

    /** The most likely language, or null if {@link #detect} finds none. */
    public LanguageGuess best(String text) {
        List<LanguageGuess> guesses = detect(text);
        return guesses.isEmpty() ? null : guesses.getFirst();
    }

    /** The script of most words (not letters: Devanagari's vowel signs split its words, Latin's do not). */
    private static Script dominantScript(List<String> words) {
        int[] counts = new int[Script.values().length];
        for (String word : words) {
            counts[Script.of(word.charAt(0)).ordinal()]++;
        }
        Script dominant = Script.OTHER;
        for (Script s : Script.values()) {
            if (counts[s.ordinal()] > counts[dominant.ordinal()]) {
                dominant = s;
            }
        }
        return dominant;
    }

    private static int scriptCandidates(Script dominant) {
        int mask = 0;
        for (ModelLanguage l : ModelLanguage.ALL) {
            if (l.script == dominant && dominant != Script.OTHER) {
                mask |= l.bit();
            }
        }
        return mask;
    }

    private static List<LanguageGuess> rank(double[] scores, int candidates) {
        double max = Double.NEGATIVE_INFINITY;
        for (ModelLanguage l : ModelLanguage.ALL) {
            if ((candidates & l.bit()) != 0) {
                max = Math.max(max, scores[l.ordinal()]);
            }
        }
        double sum = 0;
        double[] weights = new double[scores.length];
        for (ModelLanguage l : ModelLanguage.ALL) {
            if ((candidates & l.bit()) != 0) {
                weights[l.ordinal()] = Math.exp((scores[l.ordinal()] - max) / TEMPERATURE);
                sum += weights[l.ordinal()];
            }
        }
        List<LanguageGuess> guesses = new ArrayList<>();
        for (ModelLanguage l : ModelLanguage.ALL) {
            if ((candidates & l.bit()) != 0) {
                guesses.add(new LanguageGuess(l.iso, weights[l.ordinal()] / sum));
            }
        }
        guesses.sort(Comparator.comparingDouble(LanguageGuess::confidence).reversed());
        return List.copyOf(guesses);
    }
}
