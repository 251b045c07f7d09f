package ruhr.welcome.knowledge.language;

import java.util.List;

/** The languages this product has detection models and bot texts for. */
public final class Languages {

    static final String SUPPORTED_PATTERN =
            "de|en|tr|ar|ru|uk|pl|ro|bg|el|it|es|fr|fa|zh|vi|hi|sq|hr|sr|bs|pt|nl|ku";
    static final String SUPPORTED_TEXT =
            "de en tr ar ru uk pl ro bg el it es fr fa zh vi hi sq hr sr bs pt nl ku";

    public static final List<String> SUPPORTED = List.of(SUPPORTED_TEXT.split(" "));

    private Languages() {
    }
}
