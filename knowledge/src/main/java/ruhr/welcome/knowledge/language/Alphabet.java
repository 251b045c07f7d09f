package ruhr.welcome.knowledge.language;

/**
 * Maps every letter that occurs in a model to a small code (1..1023), so n-grams pack exactly into a long.
 * 0 means "in no model": an n-gram with such a letter cannot be found anywhere and is not looked up.
 */
final class Alphabet {

    private final char[] codes = new char[Character.MAX_VALUE + 1];
    private int next = 1;

    /** Registers c (idempotent); letters beyond the code space are left unknown, which only costs accuracy. */
    void add(char c) {
        if (codes[c] == 0 && next < NgramTable.MAX_CODES) {
            codes[c] = (char) next++;
        }
    }

    void addAll(CharSequence letters) {
        for (int i = 0; i < letters.length(); i++) {
            add(letters.charAt(i));
        }
    }

    int code(char c) {
        return codes[c];
    }

    int size() {
        return next - 1;
    }

    /** Fills out with the codes of s; returns false if a letter is unknown. */
    boolean encode(CharSequence s, int[] out) {
        for (int i = 0; i < s.length(); i++) {
            int code = codes[s.charAt(i)];
            if (code == 0) {
                return false;
            }
            out[i] = code;
        }
        return true;
    }
}
