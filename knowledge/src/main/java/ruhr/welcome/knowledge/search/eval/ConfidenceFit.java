package ruhr.welcome.knowledge.search.eval;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import ruhr.welcome.knowledge.answer.ConfidenceModel;
import ruhr.welcome.knowledge.search.FaqIndex;
import ruhr.welcome.knowledge.search.SearchHit;

/**
 * Development tool: fits the confidence model's coefficients on the train split only (queries with
 * their entries present, and the seeded unanswerable sample with them removed, so "nothing fits"
 * is learnt too). The printed coefficients are pasted into {@link ConfidenceModel} as constants.
 */
final class ConfidenceFit {

    private static final int DEPTH = 5;

    private ConfidenceFit() {
    }

    static void fit(BenchmarkFolder data, PrintStream out) {
        List<double[]> x = new ArrayList<>();
        List<Integer> y = new ArrayList<>();
        List<BenchmarkFolder.BenchQuery> train = data.queries().stream().filter(q -> q.split().equals("train")).toList();
        try (FaqIndex index = new FaqIndex()) {
            index.rebuild(data.entries());
            collect(index, train, x, y);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        List<BenchmarkFolder.BenchQuery> sample = FaqEvaluation.unanswerableSample(data.queries()).stream()
                .filter(q -> q.split().equals("train")).toList();
        try (FaqIndex index = new FaqIndex()) {
            index.rebuild(FaqEvaluation.without(data.entries(), sample));
            collect(index, sample, x, y);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        double[] w = logistic(x, y);
        out.println("confidence coefficients " + Arrays.toString(w).replace("[", "{").replace("]", "}")
                + " from " + x.size() + " hits");
        out.printf(Locale.ROOT, "positives %d%n", y.stream().mapToInt(Integer::intValue).sum());
    }

    private static void collect(FaqIndex index, List<BenchmarkFolder.BenchQuery> queries, List<double[]> x,
                                List<Integer> y) {
        for (BenchmarkFolder.BenchQuery q : queries) {
            List<SearchHit> hits = index.search(q.query(), q.lang(), null, 10);
            for (int i = 0; i < Math.min(DEPTH, hits.size()); i++) {
                x.add(ConfidenceModel.features(hits, i));
                y.add(q.relevant().contains(hits.get(i).key()) ? 1 : 0);
            }
        }
    }

    /** Plain batch gradient descent with a little L2; small data, no library needed. */
    static double[] logistic(List<double[]> x, List<Integer> y) {
        int d = x.getFirst().length;
        double[] w = new double[d];
        double rate = 0.5;
        for (int iter = 0; iter < 4000; iter++) {
            double[] grad = new double[d];
            for (int n = 0; n < x.size(); n++) {
                double err = ConfidenceModel.probability(w, x.get(n)) - y.get(n);
                for (int k = 0; k < d; k++) {
                    grad[k] += err * x.get(n)[k];
                }
            }
            for (int k = 0; k < d; k++) {
                double l2 = k == 0 ? 0 : 1e-3 * w[k];
                w[k] -= rate * (grad[k] / x.size() + l2);
            }
        }
        return w;
    }
}
