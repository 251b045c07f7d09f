package ruhr.welcome.knowledge.language;

import java.util.List;

/**
 * Lingua's high-accuracy scoring over our compact table: every 1..5-gram inside every word adds ln P(n-gram)
 * for each candidate language; an n-gram a language has never seen backs off to its shorter prefix, and a
 * letter it has never seen costs {@link #UNSEEN_COST}.
 */
final class NgramScorer {

    /** -ln P for a letter the language's model does not contain at all (about one in a billion). */
    static final int UNSEEN_COST = (int) (20 * NgramTable.SCALE);

    static final int BACKOFF_COST = (int) (Double.parseDouble(System.getProperty("langid.backoff", "0")) * NgramTable.SCALE);

    static final boolean SUFFIX = Boolean.getBoolean("langid.suffix");

    private final DetectorModels models;

    NgramScorer(DetectorModels models) {
        this.models = models;
    }

    /** Returns, per ModelLanguage ordinal, the summed log-probability (0 for non-candidates). */
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
        // costByLength[language * 6 + k]: cost of the k-letter prefix at the current position, -1 if unseen.
        int[] costByLength = new int[languageCount * (NgramTable.MAX_ORDER + 1)];
        int[] codes = new int[64];
        NgramTable table = models.table;
        for (String word : words) {
            int length = Math.min(word.length(), codes.length);
            for (int i = 0; i < length; i++) {
                codes[i] = models.alphabet.code(word.charAt(i));
            }
            for (int position = 0; position < length; position++) {
                // SUFFIX: n-grams ending at position, backing off to shorter contexts (a proper Markov chain);
                // otherwise Lingua's way: n-grams starting at position, backing off to their prefixes.
                int maxOrder = SUFFIX ? Math.min(NgramTable.MAX_ORDER, position + 1)
                        : Math.min(NgramTable.MAX_ORDER, length - position);
                java.util.Arrays.fill(costByLength, -1);
                int known = 0;
                while (known < maxOrder && codes[SUFFIX ? position - known : position + known] != 0) {
                    known++;
                }
                for (int k = 1; k <= known; k++) {
                    int slot = table.find(NgramTable.key(codes, SUFFIX ? position - k + 1 : position, k));
                    if (slot < 0) {
                        break; // no language knows a longer n-gram if none knows this one
                    }
                    int from = table.entryStart(slot);
                    for (int e = from; e < from + table.entryCount(slot); e++) {
                        costByLength[table.entryLanguage(e) * (NgramTable.MAX_ORDER + 1) + k] = table.entryCost(e);
                    }
                }
                for (int order = 1; order <= maxOrder; order++) {
                    for (int j = 0; j < n; j++) {
                        int base = languages[j] * (NgramTable.MAX_ORDER + 1);
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
        }
        double[] scores = new double[languageCount];
        for (int j = 0; j < n; j++) {
            scores[languages[j]] = -costs[languages[j]] / NgramTable.SCALE;
        }
        return scores;
    }
}
