package ruhr.welcome.knowledge.search.eval;

import java.util.Locale;

/** Recall@1, Recall@3 and MRR@10 over a group of queries. */
final class Metrics {

    private int n;
    private int at1;
    private int at3;
    private double reciprocal;

    /** @param rank 1-based rank of the first relevant entry, or 0 when not in the top 10 */
    void add(int rank) {
        n++;
        if (rank == 1) {
            at1++;
        }
        if (rank >= 1 && rank <= 3) {
            at3++;
        }
        if (rank >= 1 && rank <= 10) {
            reciprocal += 1.0 / rank;
        }
    }

    int n() {
        return n;
    }

    String line() {
        return String.format(Locale.ROOT, "R@1=%.3f R@3=%.3f MRR@10=%.3f n=%d",
                ratio(at1), ratio(at3), n == 0 ? 0 : reciprocal / n, n);
    }

    private double ratio(int count) {
        return n == 0 ? 0 : count / (double) n;
    }
}
