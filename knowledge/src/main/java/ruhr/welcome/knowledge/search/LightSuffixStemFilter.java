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
            "uk", sortedLongestFirst("ами", "ями", "ові", "еві", "ого", "ього", "ому", "ьому", "ими", "іми", "ій",
                    "ий", "ої", "ою", "ею", "єю", "их", "іх", "им", "ім", "ів", "їв", "ах", "ях", "ам", "ям", "ом", "ем",
                    "ти", "ть", "ує", "ють", "ять", "ать", "ить", "ити", "ати", "ємо", "имо", "ете", "ите", "еш", "иш",
                    "ала", "ало", "али", "ав", "ла", "ло", "ли", "ня", "ню", "ні", "ей", "а", "я", "у", "ю", "і", "ї",
                    "и", "е", "є", "о", "ь", "й"),
            "pl", sortedLongestFirst("ami", "ach", "ów", "om", "owi", "iem", "em", "ego", "emu", "ej", "ych", "ymi",
                    "ich", "imi", "ie", "ia", "ią", "ię", "ość", "ości", "ować", "uje", "ują", "ać", "eć", "ić",
                    "a", "ą", "ę", "e", "i", "y", "o", "u"));

    private static final int MIN_STEM = 4;
    /** Reflexive endings come after the inflection: strip them first, then one more suffix. */
    private static final List<String> REFLEXIVE = List.of("ся", "сь");

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
    private final List<String> suffixes;
    private final String lang;

    LightSuffixStemFilter(TokenStream input, String lang) {
        super(input);
        this.suffixes = SUFFIXES.getOrDefault(lang, List.of());
        this.lang = lang;
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
            if (lang.equals("uk")) {
                for (String r : REFLEXIVE) {
                    if (word.length() - r.length() >= MIN_STEM && word.endsWith(r)) {
                        word = word.substring(0, word.length() - r.length());
                        term.setEmpty().append(word);
                        break;
                    }
                }
            }
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
