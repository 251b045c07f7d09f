package ruhr.welcome.knowledge.language;

/**
 * Serbian is written in both scripts, but Lingua's Serbian model is Cyrillic only; its n-grams are
 * transliterated (the official one-to-one-letter mapping, three letters become two) to a Latin model.
 */
final class SerbianLatin {

    private static final String CYRILLIC = "абвгдђежзијклљмнњопрстћуфхцчџш";
    private static final String[] LATIN = {"a", "b", "v", "g", "d", "đ", "e", "ž", "z", "i", "j", "k", "l", "lj",
            "m", "n", "nj", "o", "p", "r", "s", "t", "ć", "u", "f", "h", "c", "č", "dž", "š"};

    private SerbianLatin() {
    }

    /** The Latin spelling, or null if the n-gram has a letter that is not Serbian Cyrillic. */
    static String transliterate(String cyrillic) {
        StringBuilder latin = new StringBuilder(cyrillic.length() + 2);
        for (int i = 0; i < cyrillic.length(); i++) {
            int k = CYRILLIC.indexOf(cyrillic.charAt(i));
            if (k < 0) {
                return null;
            }
            latin.append(LATIN[k]);
        }
        return latin.toString();
    }
}
