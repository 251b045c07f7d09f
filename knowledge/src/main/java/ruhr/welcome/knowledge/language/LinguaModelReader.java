package ruhr.welcome.knowledge.language;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Reads the n-gram models inside the Lingua jar ({@code language-models/<iso>/<order>grams.json}, Apache-2.0)
 * without Lingua's code: the format is {@code {"language":..,"ngrams":{"<num>/<den>":"ab cd ef",..}}}, where
 * the fraction is the n-gram's probability given its first n-1 letters. A tiny hand parser, because this runs
 * for ~8 million n-grams at start-up.
 */
final class LinguaModelReader {

    private static final String[] ORDER_NAMES = {"", "uni", "bi", "tri", "quadri", "five"};

    /** Receives each n-gram with its probability. */
    interface Sink {
        void accept(String ngram, double probability);
    }

    private LinguaModelReader() {
    }

    /** Reads one model; returns false if the jar has no such file (Greek and Chinese have only unigrams). */
    static boolean read(String iso, int order, Sink sink) {
        String path = "language-models/" + iso + "/" + ORDER_NAMES[order] + "grams.json";
        String json;
        try (InputStream in = LinguaModelReader.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                return false;
            }
            json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
        int i = json.indexOf("\"ngrams\"");
        if (i < 0) {
            throw new IllegalStateException("unexpected format of " + path);
        }
        i = json.indexOf('{', i) + 1;
        while (true) {
            int q = json.indexOf('"', i);
            if (q < 0) {
                break;
            }
            int slash = json.indexOf('/', q);
            int end = json.indexOf('"', q + 1);
            double probability = Double.parseDouble(json.substring(q + 1, slash))
                    / Double.parseDouble(json.substring(slash + 1, end));
            int valueStart = json.indexOf('"', end + 1) + 1;
            int valueEnd = json.indexOf('"', valueStart);
            int from = valueStart;
            for (int k = valueStart; k <= valueEnd; k++) {
                if (k == valueEnd || json.charAt(k) == ' ') {
                    if (k > from) {
                        sink.accept(json.substring(from, k), probability);
                    }
                    from = k + 1;
                }
            }
            i = valueEnd + 1;
        }
        return true;
    }
}
