package ruhr.welcome.knowledge.language;

/**
 * Turkish text saved as Windows-1254 and read as Windows-1252/Latin-1 shows ý þ ð for ı ş ğ ("yýlýnda"),
 * still common in older web text. None of the supported languages uses þ or ð, and Vietnamese has ý only at
 * the end of a syllable, so ý inside a word, or any þ or ð, marks such text; it is then read as meant.
 */
final class TurkishMojibake {

    private TurkishMojibake() {
    }

    static String repair(String s) {
        if (!looksBroken(s)) {
            return s;
        }
        StringBuilder fixed = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            fixed.append(switch (c) {
                case 'ý' -> 'ı';
                case 'Ý' -> 'İ';
                case 'þ' -> 'ş';
                case 'Þ' -> 'Ş';
                case 'ð' -> 'ğ';
                case 'Ð' -> 'Ğ';
                default -> c;
            });
        }
        return fixed.toString();
    }

    private static boolean looksBroken(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == 'þ' || c == 'ð' || c == 'Þ' || c == 'Ð' || c == 'Ý') {
                return true;
            }
            if (c == 'ý' && i + 1 < s.length() && Character.isLetter(s.charAt(i + 1)) && i > 0
                    && Character.isLetter(s.charAt(i - 1))) {
                return true;
            }
        }
        return false;
    }
}
