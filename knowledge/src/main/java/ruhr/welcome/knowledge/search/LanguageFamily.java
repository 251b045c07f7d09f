package ruhr.welcome.knowledge.search;

import java.util.List;

/** Languages close enough that one's text answers the other's question: Bosnian, Croatian, Serbian. */
final class LanguageFamily {

    private static final List<String> BCS = List.of("bs", "hr", "sr");

    private LanguageFamily() {
    }

    /** The language itself first, then the siblings that share its analysis chain. */
    static List<String> sameAnalysis(String lang) {
        if (!BCS.contains(lang)) {
            return List.of(lang);
        }
        List<String> out = new java.util.ArrayList<>(List.of(lang));
        BCS.stream().filter(l -> !l.equals(lang)).forEach(out::add);
        return List.copyOf(out);
    }
}
