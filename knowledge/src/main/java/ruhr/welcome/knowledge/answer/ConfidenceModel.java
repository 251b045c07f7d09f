package ruhr.welcome.knowledge.answer;

import java.util.List;

import ruhr.welcome.knowledge.search.SearchHit;

/**
 * Probability that a ranked hit answers the question: a logistic model over features of the ranking
 * (how strong the hit is, how far ahead of the next one, how much of the question it covers). Fitted
 * offline on the benchmark's train split (FaqEvaluation --fit-confidence); coefficients are constants.
 */
public final class ConfidenceModel {

    /** intercept, log score, score relative to top, lead over next, coverage, rank. */
    static final double[] COEFFICIENTS = {-7.254, 1.125, 2.281, 2.150, 0.812, -0.550};

    private ConfidenceModel() {
    }

    /** The features of the i-th hit (0-based), the intercept first. */
    public static double[] features(List<SearchHit> hits, int i) {
        double top = Math.max(hits.getFirst().score(), 1e-9);
        double s = hits.get(i).score();
        double next = i + 1 < hits.size() ? hits.get(i + 1).score() : 0;
        return new double[] {1, Math.log1p(s), s / top, (s - next) / Math.max(s, 1e-9), hits.get(i).coverage(),
                Math.min(i, 5)};
    }

    static double confidence(List<SearchHit> hits, int i) {
        return probability(COEFFICIENTS, features(hits, i));
    }

    public static double probability(double[] coefficients, double[] features) {
        double z = 0;
        for (int k = 0; k < coefficients.length; k++) {
            z += coefficients[k] * features[k];
        }
        return 1 / (1 + Math.exp(-z));
    }
}
