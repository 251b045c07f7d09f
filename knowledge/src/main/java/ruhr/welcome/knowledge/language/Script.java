package ruhr.welcome.knowledge.language;

/** The writing systems that decide which models are even worth asking. */
enum Script {
    LATIN, CYRILLIC, ARABIC, GREEK, DEVANAGARI, HAN, OTHER;

    static Script of(int codePoint) {
        return switch (Character.UnicodeScript.of(codePoint)) {
            case LATIN -> LATIN;
            case CYRILLIC -> CYRILLIC;
            case ARABIC -> ARABIC;
            case GREEK -> GREEK;
            case DEVANAGARI -> DEVANAGARI;
            case HAN -> HAN;
            default -> OTHER;
        };
    }
}
