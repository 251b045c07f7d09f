package ruhr.welcome.knowledge.language;

import java.util.List;
import java.util.Locale;

/** The languages this product has detection models and bot texts for. */
public final class Languages {

    static final String SUPPORTED_PATTERN =
            "de|en|tr|ar|ru|uk|pl|ro|bg|el|it|es|fr|fa|zh|vi|hi|sq|hr|sr|bs|pt|nl|ku";
    static final String SUPPORTED_TEXT =
            "de en tr ar ru uk pl ro bg el it es fr fa zh vi hi sq hr sr bs pt nl ku";

    public static final List<String> SUPPORTED = List.of(SUPPORTED_TEXT.split(" "));

    /**
     * What {@link LanguageDetector} can return: the supported languages plus {@code ckb}, Sorani (Central)
     * Kurdish in Arabic script, which it tells apart from {@code ku}, Kurmanji in Latin script. Configuring
     * {@code ku} enables both, since both are "Kurdish" to the people who configure the bot.
     */
    public static final List<String> DETECTABLE =
            java.util.stream.Stream.concat(SUPPORTED.stream(), java.util.stream.Stream.of("ckb")).toList();

    private Languages() {
    }

    /**
     * The languages whose FAQ text may answer a message in {@code language}, best first: Bosnian, Croatian and
     * Serbian understand each other's standard texts, and both Kurdish codes share the Kurdish answers.
     * Other languages have only themselves. Region subtags are dropped ({@code pt-br} → {@code [pt]}).
     */
    public static List<String> answerFallbacks(String language) {
        String code = primary(language);
        return switch (code) {
            case "bs" -> List.of("bs", "hr", "sr");
            case "hr" -> List.of("hr", "bs", "sr");
            case "sr" -> List.of("sr", "bs", "hr");
            case "ku" -> List.of("ku", "ckb");
            case "ckb" -> List.of("ckb", "ku");
            default -> List.of(code);
        };
    }

    /** The primary language subtag of a BCP 47 tag or Telegram language_code, lower-case ({@code pt-BR} → {@code pt}). */
    public static String primary(String tag) {
        if (tag == null) {
            return "";
        }
        String t = tag.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        int dash = t.indexOf('-');
        String code = dash < 0 ? t : t.substring(0, dash);
        // Macro-language and legacy codes people's phones still send.
        return switch (code) {
            case "kmr" -> "ku";
            case "sh" -> "sr";
            case "iw" -> "he";
            default -> code;
        };
    }
}
