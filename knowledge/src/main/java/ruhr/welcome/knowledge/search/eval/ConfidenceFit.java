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
        List<List<SearchHit>> present = new ArrayList<>();
        List<List<SearchHit>> absent = new ArrayList<>();
        List<Boolean> topRight = new ArrayList<>();
        int entries = data.entries().size();
        List<BenchmarkFolder.BenchQuery> train = data.queries().stream().filter(q -> q.split().equals("train")).toList();
        try (FaqIndex index = new FaqIndex()) {
            index.rebuild(data.entries());
            collect(index, train, x, y, present, topRight);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        List<BenchmarkFolder.BenchQuery> sample = FaqEvaluation.unanswerableSample(data.queries()).stream()
                .filter(q -> q.split().equals("train")).toList();
        int remaining = FaqEvaluation.without(data.entries(), sample).size();
        try (FaqIndex index = new FaqIndex()) {
            index.rebuild(FaqEvaluation.without(data.entries(), sample));
            collect(index, sample, x, y, absent, new ArrayList<>());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        double[] w = logistic(x, y);
        out.println("confidence coefficients " + Arrays.toString(w).replace("[", "{").replace("]", "}")
                + " from " + x.size() + " hits");
        out.printf(Locale.ROOT, "positives %d%n", y.stream().mapToInt(Integer::intValue).sum());
        // Decision thresholds on the same train data: rate and precision of direct answers, and how
        // often the unanswerable train queries would still be answered.
        for (double min = 0.3; min <= 0.86; min += 0.05) {
            for (double margin = 0; margin <= 0.41; margin += 0.1) {
                int answered = 0;
                int right = 0;
                for (int i = 0; i < present.size(); i++) {
                    if (answers(w, present.get(i), min, margin, entries)) {
                        answered++;
                        right += topRight.get(i) ? 1 : 0;
                    }
                }
                double finalMin = min;
                double finalMargin = margin;
                long wrong = absent.stream().filter(h -> answers(w, h, finalMin, finalMargin, remaining)).count();
                out.printf(Locale.ROOT, "min=%.2f margin=%.2f answer_rate=%.3f precision=%.3f unanswerable=%.3f%n", min,
                        margin, answered / (double) present.size(), answered == 0 ? 0 : right / (double) answered,
                        wrong / (double) Math.max(1, absent.size()));
            }
        }
    }

    private static boolean answers(double[] w, List<SearchHit> hits, double min, double margin, int entries) {
        if (hits.isEmpty()) {
            return false;
        }
        double top = ConfidenceModel.probability(w, ConfidenceModel.features(hits, 0, entries));
        double second = hits.size() > 1 ? ConfidenceModel.probability(w, ConfidenceModel.features(hits, 1, entries)) : 0;
        return top >= min && top - second >= margin;
    }

    private static void collect(FaqIndex index, List<BenchmarkFolder.BenchQuery> queries, List<double[]> x,
                                List<Integer> y, List<List<SearchHit>> runs, List<Boolean> topRight) {
        for (BenchmarkFolder.BenchQuery q : queries) {
            List<SearchHit> hits = index.search(q.query(), q.lang(), null, 10);
            runs.add(hits);
            topRight.add(!hits.isEmpty() && q.relevant().contains(hits.getFirst().key()));
            for (int i = 0; i < Math.min(DEPTH, hits.size()); i++) {
                x.add(ConfidenceModel.features(hits, i, index.size()));
                y.add(q.relevant().contains(hits.get(i).key()) ? 1 : 0);
            }
        }
    }

    /** Plain batch gradient descent with a little L2; small data, no library needed. */
    static double[] logistic(List<double[]> x, List<Integer> y) {
        int d = x.getFirst().length;
        double[] w = new double[d];
        double rate = 0.5;
        for (int iter = 0; iter < 20000; iter++) {
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
