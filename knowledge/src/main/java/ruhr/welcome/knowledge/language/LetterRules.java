package ruhr.welcome.knowledge.language;

import static ruhr.welcome.knowledge.language.ModelLanguage.*;

import java.util.List;

/**
 * Letters that only some of the supported languages use (as in Lingua's rules, corrected and extended for
 * Kurdish). A word with such letters votes for those languages; languages that get the votes of at least
 * half the words keep the text, the others are dropped. Only supported languages are listed: Czech has č too,
 * but it is not a candidate here.
 */
final class LetterRules {

    private static final int[] MASKS = new int[Character.MAX_VALUE + 1];

    private static void rule(String letters, ModelLanguage... languages) {
        int mask = 0;
        for (ModelLanguage l : languages) {
            mask |= l.bit();
        }
        for (char c : letters.toCharArray()) {
            MASKS[c] |= mask;
        }
    }

    static {
        rule("äß", DE);
        rule("öü", DE, TR);
        rule("ü", ES, FR);
        rule("ığ", TR);
        rule("ñ", ES);
        rule("ąęłńśźż", PL);
        rule("ć", PL, HR, BS, SR_LATN);
        rule("čšž", HR, BS, SR_LATN);
        rule("đ", HR, BS, SR_LATN, VI);
        rule("ă", RO, VI);
        rule("â", FR, PT, RO, TR, VI);
        rule("î", FR, RO, KU);
        rule("șțţ", RO);
        rule("ş", RO, TR, KU);
        rule("ãõ", PT, VI);
        rule("ê", FR, PT, VI, KU);
        rule("ô", FR, PT, VI);
        rule("û", FR, KU);
        rule("ë", SQ, FR, NL);
        rule("ç", SQ, FR, PT, TR, KU);
        rule("à", FR, IT, PT, VI);
        rule("èù", FR, IT, VI);
        rule("ìò", IT, VI);
        rule("ïÿœæ", FR);
        rule("ï", NL);
        rule("áíú", ES, PT, VI);
        rule("é", FR, ES, IT, PT, VI, NL);
        rule("ó", ES, PL, PT, VI);
        rule("ơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹĩũýđ", VI);
        rule("ёыэ", RU);
        rule("ъ", BG, RU);
        rule("щ", BG, RU, UK);
        rule("іїєґ", UK);
        rule("јљњђћџ", SR);
        rule("йьюя", BG, RU, UK);
        // Sorani letters that neither Arabic nor Persian use; Persian letters Arabic does not use.
        rule("ڕڵێۆەڤ", CKB);
        rule("پچژگکی", FA, CKB);
        rule("ةيكى", AR, FA);
    }

    private LetterRules() {
    }

    /** The languages among candidates that the letters single out, or candidates if they say nothing. */
    static int filter(List<String> words, int candidates) {
        int[] votes = new int[ModelLanguage.ALL.size()];
        boolean any = false;
        for (String word : words) {
            int mask = -1;
            for (int i = 0; i < word.length(); i++) {
                int m = MASKS[word.charAt(i)];
                if (m != 0) {
                    mask &= m;
                }
            }
            if (mask == -1 || (mask &= candidates) == 0) {
                continue;
            }
            any = true;
            for (ModelLanguage l : ModelLanguage.ALL) {
                if ((mask & l.bit()) != 0) {
                    votes[l.ordinal()]++;
                }
            }
        }
        if (!any) {
            return candidates;
        }
        int needed = Math.max(1, words.size() / 2);
        int kept = 0;
        for (ModelLanguage l : ModelLanguage.ALL) {
            if (votes[l.ordinal()] >= needed) {
                kept |= l.bit();
            }
        }
        return kept == 0 ? candidates : kept;
    }
}
