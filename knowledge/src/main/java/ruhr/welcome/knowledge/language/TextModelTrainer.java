package ruhr.welcome.knowledge.language;

import java.util.HashMap;
import java.util.Map;

/**
 * Builds a model from plain text the way Lingua's were built: every n-gram (1..5 letters, inside words) with
 * its count divided by the count of its first n-1 letters (unigrams: by all letters). Used for the languages
 * Lingua lacks (Kurdish), from the small texts listed in {@code language/SOURCES.md}.
 */
final class TextModelTrainer {

    private TextModelTrainer() {
    }

    static LanguageNgrams train(ModelLanguage language, String text, Alphabet alphabet) {
        Map<String, Integer> counts = new HashMap<>();
        long letters = 0;
        for (String word : Words.of(text, Integer.MAX_VALUE)) {
            letters += word.length();
            for (int i = 0; i < word.length(); i++) {
                for (int n = 1; n <= NgramTable.MAX_ORDER && i + n <= word.length(); n++) {
                    counts.merge(word.substring(i, i + n), 1, Integer::sum);
                }
            }
        }
        // Witten-Bell: a context seen with few different continuations keeps mass for unseen ones, so a tiny
        // corpus does not claim P = 1 for a continuation it saw once.
        Map<String, Integer> continuations = new HashMap<>();
        for (String ngram : counts.keySet()) {
            continuations.merge(ngram.substring(0, ngram.length() - 1), 1, Integer::sum);
        }
        LanguageNgrams model = new LanguageNgrams(language);
        int[] codes = new int[NgramTable.MAX_ORDER];
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            String ngram = e.getKey();
            if (!alphabet.encode(ngram, codes)) {
                continue;
            }
            String context = ngram.substring(0, ngram.length() - 1);
            double denominator = (ngram.length() == 1 ? letters : counts.get(context))
                    + continuations.get(context);
            model.add(NgramTable.key(codes, 0, ngram.length()), e.getValue() / denominator);
        }
        return model;
    }
}
