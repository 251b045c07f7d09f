package ruhr.welcome.knowledge.language;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits a text into lower-case words of letters only, as the models were trained: digits, punctuation, emoji
 * and combining marks separate words. NFKC first, so Arabic presentation forms and ligatures become letters.
 */
final class Words {

    /** Long messages say enough in their first few hundred letters; the rest would only cost time. */
    static final int MAX_LETTERS = 600;
    /** U+FFFD (a letter lost in some conversion) as UTF-8 read as Windows-1250: must not pass for Polish ż. */
    private static final String MOJIBAKE_REPLACEMENT = "ďż˝";

    private Words() {
    }

    static List<String> of(String text) {
        return of(text, MAX_LETTERS);
    }

    static List<String> of(String text, int maxLetters) {
        List<String> words = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return words;
        }
        String s = text.length() / 4 > maxLetters ? text.substring(0, maxLetters * 4) : text;
        if (!Normalizer.isNormalized(s, Normalizer.Form.NFKC)) {
            s = Normalizer.normalize(s, Normalizer.Form.NFKC);
        }
        s = TurkishMojibake.repair(s).replace(MOJIBAKE_REPLACEMENT, "\uFFFD");
        StringBuilder word = new StringBuilder();
        int letters = 0;
        for (int i = 0; i < s.length() && letters < maxLetters; i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                // Root-locale lower case turns Turkish İ into i + combining dot, which would split the word.
                word.append(c == 'İ' ? 'i' : Character.toLowerCase(c));
                letters++;
            } else if (!word.isEmpty()) {
                words.add(word.toString());
                word.setLength(0);
            }
        }
        if (!word.isEmpty()) {
            words.add(word.toString());
        }
        return words;
    }
}
