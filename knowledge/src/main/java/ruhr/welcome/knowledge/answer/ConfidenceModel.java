package ruhr.welcome.knowledge.answer;

import java.util.List;

import ruhr.welcome.knowledge.search.SearchHit;

/**
 * Probability that a ranked hit answers the question: a logistic model over features of the ranking
 * (how strong the hit is, how far ahead of the next one, how much of the question it covers). Fitted
 * offline on the benchmark's train split (FaqEvaluation --fit-confidence); coefficients are constants.
 */
public final class ConfidenceModel {

    /** intercept, log score, score relative to top, margin to the best competitor, coverage, rank. */
    static final double[] COEFFICIENTS = {-6.056, 1.236, 0.916, 2.849, 0.631, -0.328};

    private ConfidenceModel() {
    }

    /** Entries of the index the coefficients were fitted on (the benchmark FAQ). */
    static final int FITTED_ON_ENTRIES = 617;

    /**
     * The features of the i-th hit (0-based), the intercept first.
     *
     * @param entries how many entries the index holds: BM25 scores grow with the log of it (rarer words
     *                weigh more in a bigger FAQ), so a score is rescaled to the size the model was fitted on
     */
    public static double[] features(List<SearchHit> hits, int i, int entries) {
        double scale = Math.log1p(FITTED_ON_ENTRIES) / Math.log1p(Math.max(entries, 1));
        double top = Math.max(hits.getFirst().score(), 1e-9);
        double s = hits.get(i).score();
        // the top hit's lead over the second (>= 0); for the others, how far they trail the top (<= 0)
        double competitor = i == 0 ? (hits.size() > 1 ? hits.get(1).score() : 0) : top;
        return new double[] {1, Math.log1p(s * scale), s / top, (s - competitor) / top, hits.get(i).coverage(),
                Math.min(i, 5)};
    }

    static double confidence(List<SearchHit> hits, int i, int entries) {
        return probability(COEFFICIENTS, features(hits, i, entries));
    }

    public static double probability(double[] coefficients, double[] features) {
        double z = 0;
        for (int k = 0; k < coefficients.length; k++) {
            z += coefficients[k] * features[k];
        }
        return 1 / (1 + Math.exp(-z));
    }
}
