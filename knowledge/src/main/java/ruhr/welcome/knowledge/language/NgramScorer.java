package ruhr.welcome.knowledge.language;

import java.util.Arrays;
import java.util.List;

/**
 * Scores words with each candidate's n-gram models as a variable-order Markov chain: every letter adds
 * ln P(letter | up to four letters before it in the word), from the longest context the language's model
 * knows, less {@link #BACKOFF_COST} per letter of context it had to drop; a letter the model has never seen
 * costs {@link #UNSEEN_COST}. Lingua sums all five orders and backs off to prefixes instead; on short texts
 * the chain was as accurate on sentences and better on single words, and it treats small models (Kurdish,
 * Vietnamese syllables) fairly, since a missing long n-gram is no longer replaced by a likelier shorter one
 * for free.
 */
final class NgramScorer {

    /** -ln P for a letter the language's model does not contain at all (about one in a billion). */
    static final int UNSEEN_COST = (int) (20 * NgramTable.SCALE);
    /** Per dropped context letter; 0.3..0.7 nats all gave the same accuracy, so the middle it is. */
    static final int BACKOFF_COST = (int) (0.5 * NgramTable.SCALE);

    private static final int STRIDE = NgramTable.MAX_ORDER + 1;

    private final DetectorModels models;

    NgramScorer(DetectorModels models) {
        this.models = models;
    }

    /** Returns, per ModelLanguage ordinal, the text's log-probability (0 for non-candidates). */
    double[] score(List<String> words, int candidates) {
        int languageCount = ModelLanguage.ALL.size();
        int[] languages = new int[languageCount];
        int n = 0;
        for (ModelLanguage l : ModelLanguage.ALL) {
            if ((candidates & l.bit()) != 0) {
                languages[n++] = l.ordinal();
            }
        }
        long[] costs = new long[languageCount];
        // costByLength[language * STRIDE + k]: cost of the k-letter n-gram ending here, -1 if the model lacks it
        int[] costByLength = new int[languageCount * STRIDE];
        int[] codes = new int[64];
        NgramTable table = models.table;
        for (String word : words) {
            int length = Math.min(word.length(), codes.length);
            for (int i = 0; i < length; i++) {
                codes[i] = models.alphabet.code(word.charAt(i));
            }
            for (int end = 0; end < length; end++) {
                int order = Math.min(NgramTable.MAX_ORDER, end + 1);
                Arrays.fill(costByLength, -1);
                int known = 0;
                while (known < order && codes[end - known] != 0) {
                    known++;
                }
                for (int k = 1; k <= known; k++) {
                    int slot = table.find(NgramTable.key(codes, end - k + 1, k));
                    if (slot < 0) {
                        break; // no model has a longer n-gram whose suffix is unknown to all
                    }
                    int from = table.entryStart(slot);
                    for (int e = from; e < from + table.entryCount(slot); e++) {
                        costByLength[table.entryLanguage(e) * STRIDE + k] = table.entryCost(e);
                    }
                }
                for (int j = 0; j < n; j++) {
                    int base = languages[j] * STRIDE;
                    int cost = UNSEEN_COST;
                    for (int k = order; k >= 1; k--) {
                        if (costByLength[base + k] >= 0) {
                            cost = costByLength[base + k] + (order - k) * BACKOFF_COST;
                            break;
                        }
                    }
                    costs[languages[j]] += cost;
                }
            }
        }
        double[] scores = new double[languageCount];
        for (int j = 0; j < n; j++) {
            scores[languages[j]] = -costs[languages[j]] / NgramTable.SCALE;
        }
        return scores;
    }
}
