package ruhr.welcome.knowledge.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Strips the longest known inflection suffix, keeping a stem of at least four letters. Lucene ships no
 * stemmer for Ukrainian and (without the extra morfologik/stempel artefacts, not released for our
 * Lucene version) none for Polish; a light suffix stripper gets most case and number endings, which
 * is what matters for matching short questions against answers.
 */
final class LightSuffixStemFilter extends TokenFilter {

    private static final Map<String, List<String>> SUFFIXES = Map.of(
            "uk", sortedLongestFirst("ами", "ями", "ові", "еві", "ого", "ому", "ими", "ій", "ий", "ої", "ою", "ею",
                    "их", "ім", "ів", "ах", "ях", "ам", "ям", "ом", "ем", "ти", "ть", "ся", "сь", "ує", "ють",
                    "ать", "ити", "ні", "ня", "ню", "ею", "а", "я", "у", "ю", "і", "и", "е", "о", "ь", "й"),
            "pl", sortedLongestFirst("ami", "ach", "ów", "om", "owi", "iem", "em", "ego", "emu", "ej", "ych", "ymi",
                    "ich", "imi", "ie", "ia", "ią", "ię", "ość", "ości", "ować", "uje", "ują", "ać", "eć", "ić",
                    "a", "ą", "ę", "e", "i", "y", "o", "u"));

    private static final int MIN_STEM = 4;

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
    private final List<String> suffixes;

    LightSuffixStemFilter(TokenStream input, String lang) {
        super(input);
        this.suffixes = SUFFIXES.getOrDefault(lang, List.of());
    }

    static boolean supports(String lang) {
        return SUFFIXES.containsKey(lang);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        if (!keyword.isKeyword()) {
            String word = term.toString();
            for (String suffix : suffixes) {
                if (word.length() - suffix.length() >= MIN_STEM && word.endsWith(suffix)) {
                    term.setLength(word.length() - suffix.length());
                    break;
                }
            }
        }
        return true;
    }

    private static List<String> sortedLongestFirst(String... suffixes) {
        return Arrays.stream(suffixes).distinct().sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }
}
