package ruhr.welcome.knowledge.language;

import java.util.Arrays;

/** A growable list of (packed n-gram, cost) for one language while models are being loaded. */
final class LanguageNgrams {

    final ModelLanguage language;
    long[] keys = new long[1024];
    char[] costs = new char[1024];
    int size;

    LanguageNgrams(ModelLanguage language) {
        this.language = language;
    }

    /** Adds an n-gram with its (conditional) probability p in (0, 1]. */
    void add(long key, double p) {
        if (size == keys.length) {
            keys = Arrays.copyOf(keys, size * 2);
            costs = Arrays.copyOf(costs, size * 2);
        }
        keys[size] = key;
        costs[size] = cost(p);
        size++;
    }

    static char cost(double p) {
        double c = -Math.log(p) * NgramTable.SCALE;
        return (char) Math.max(0, Math.min(Character.MAX_VALUE, Math.round(c)));
    }
}
