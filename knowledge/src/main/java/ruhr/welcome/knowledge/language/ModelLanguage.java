package ruhr.welcome.knowledge.language;

import java.util.List;

/**
 * The detector's internal language models. Serbian has two (Cyrillic from Lingua, Latin transliterated from
 * it), both reported as {@code sr}; Greek and Chinese are told by their script alone.
 */
enum ModelLanguage {
    DE("de", Script.LATIN), EN("en", Script.LATIN), TR("tr", Script.LATIN), AR("ar", Script.ARABIC),
    RU("ru", Script.CYRILLIC), UK("uk", Script.CYRILLIC), PL("pl", Script.LATIN), RO("ro", Script.LATIN),
    BG("bg", Script.CYRILLIC), EL("el", Script.GREEK), IT("it", Script.LATIN), ES("es", Script.LATIN),
    FR("fr", Script.LATIN), FA("fa", Script.ARABIC), ZH("zh", Script.HAN), VI("vi", Script.LATIN),
    HI("hi", Script.DEVANAGARI), SQ("sq", Script.LATIN), HR("hr", Script.LATIN), SR("sr", Script.CYRILLIC),
    BS("bs", Script.LATIN), PT("pt", Script.LATIN), NL("nl", Script.LATIN), KU("ku", Script.LATIN),
    CKB("ckb", Script.ARABIC), SR_LATN("sr", Script.LATIN);

    static final List<ModelLanguage> ALL = List.of(values());

    /** The code reported to callers. */
    final String iso;
    final Script script;

    ModelLanguage(String iso, Script script) {
        this.iso = iso;
        this.script = script;
    }

    /** Whether Lingua ships n-gram models for it (Greek and Chinese have unigrams only, which we do not need). */
    boolean fromLingua() {
        return this != KU && this != CKB && this != SR_LATN && this != EL && this != ZH;
    }

    int bit() {
        return 1 << ordinal();
    }
}
