package ruhr.welcome.bot.conversation;

import java.util.List;
import java.util.Optional;

/**
 * The compact strings behind our buttons (Telegram allows 64 bytes). Parsing never trusts them:
 * anything malformed, forged or stale comes back empty and the newcomer gets the menu again.
 */
final class ButtonData {

    enum Kind { MENU, FEEDBACK, FEEDBACK_SKIP, CLARIFY, NONE_OF_THESE, GUIDE, LANGUAGE, CITY, AUDIENCE, TOPIC, ENTRY, FORGET,
        GUIDE_CONSENT, GUIDE_NOTE_SKIP, RATE, RATE_SKIP }

    record Parsed(Kind kind, List<String> args) {
        String arg(int i) {
            return args.get(i);
        }

        long number(int i) {
            return Long.parseLong(args.get(i));
        }
    }

    private ButtonData() {
    }

    static String menu(String item) { return "m:" + item; }
    static String feedback(long questionId, boolean helpful) { return "fb:" + questionId + ":" + (helpful ? "u" : "d"); }
    static String feedbackSkip() { return "fbs"; }
    static String clarify(long questionId, int index) { return "e:" + questionId + ":" + index; }
    static String noneOfThese(long questionId) { return "n:" + questionId; }
    static String guide(long questionId) { return "g:" + questionId; }
    static String guide() { return "g:0"; }
    static String language(String lang) { return "l:" + lang; }
    static String city(String city) { return "c:" + city; }
    static String audience(String audience) { return "ta:" + audience; }
    static String topic(String topic, String audience, int page) { return "tt:" + topic + ":" + audience + ":" + page; }
    static String entry(long entryId) { return "te:" + entryId; }
    static String forget(boolean yes) { return "f:" + (yes ? "y" : "n"); }
    static String guideConsent(boolean yes) { return "hc:" + (yes ? "y" : "n"); }
    static String guideNoteSkip() { return "hn"; }
    static String rate(long handoffId, int stars) { return "hr:" + handoffId + ":" + stars; }
    static String rateSkip() { return "hrs"; }

    static Optional<Parsed> parse(String data) {
        if (data == null || data.length() > 64 || !data.matches("[a-z]{1,3}(:[a-z0-9-]{1,40}){0,3}")) {
            return Optional.empty();
        }
        String[] parts = data.split(":");
        List<String> args = List.of(parts).subList(1, parts.length);
        Kind kind = switch (parts[0]) {
            case "m" -> args.size() == 1 ? Kind.MENU : null;
            case "fb" -> args.size() == 2 && isNumber(args.get(0)) && args.get(1).matches("[ud]") ? Kind.FEEDBACK : null;
            case "fbs" -> args.isEmpty() ? Kind.FEEDBACK_SKIP : null;
            case "e" -> args.size() == 2 && isNumber(args.get(0)) && args.get(1).matches("[0-9]") ? Kind.CLARIFY : null;
            case "n" -> args.size() == 1 && isNumber(args.get(0)) ? Kind.NONE_OF_THESE : null;
            case "g" -> args.size() == 1 && isNumber(args.get(0)) ? Kind.GUIDE : null;
            case "l" -> args.size() == 1 ? Kind.LANGUAGE : null;
            case "c" -> args.size() == 1 ? Kind.CITY : null;
            case "ta" -> args.size() == 1 ? Kind.AUDIENCE : null;
            case "tt" -> args.size() == 3 && isNumber(args.get(2)) ? Kind.TOPIC : null;
            case "te" -> args.size() == 1 && isNumber(args.get(0)) ? Kind.ENTRY : null;
            case "f" -> args.size() == 1 && args.get(0).matches("[yn]") ? Kind.FORGET : null;
            case "hc" -> args.size() == 1 && args.get(0).matches("[yn]") ? Kind.GUIDE_CONSENT : null;
            case "hn" -> args.isEmpty() ? Kind.GUIDE_NOTE_SKIP : null;
            case "hr" -> args.size() == 2 && isNumber(args.get(0)) && args.get(1).matches("[1-5]") ? Kind.RATE : null;
            case "hrs" -> args.isEmpty() ? Kind.RATE_SKIP : null;
            default -> null;
        };
        return Optional.ofNullable(kind).map(k -> new Parsed(k, args));
    }

    private static boolean isNumber(String s) {
        return s.matches("[0-9]{1,18}");
    }
}
