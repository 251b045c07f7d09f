package ruhr.welcome.bot.guide;

import java.util.List;
import java.util.Optional;

/**
 * Callback data of the guides' buttons. Like the newcomers' buttons it is checked on the way back:
 * forged or stale data is refused, never trusted.
 */
final class GuideButtons {

    enum Kind { LANGUAGE, CITY, TOPIC, WINDOW, DONE, CAPACITY, ACCEPT, DECLINE, ANSWER_IN, PROPOSE }

    record Parsed(Kind kind, List<String> args) {
        long number(int i) {
            return Long.parseLong(args.get(i));
        }
    }

    private GuideButtons() {
    }

    static String language(String lang) { return "gd:l:" + lang; }
    static String city(String city) { return "gd:c:" + city; }
    static String topic(String topic) { return "gd:t:" + topic; }
    static String window(int day, int slot) { return "gd:w:" + day + ":" + slot; }
    static String done() { return "gd:ok"; }
    static String capacity(int chats) { return "gd:n:" + chats; }
    static String accept(long handoffId) { return "ho:a:" + handoffId; }
    static String decline(long handoffId) { return "ho:d:" + handoffId; }
    static String answerIn(long handoffId) { return "gd:a:" + handoffId; }
    static String propose(String lang) { return "gd:pf:" + lang; }

    static boolean isGuideButton(String data) {
        return data != null && (data.startsWith("gd:") || data.startsWith("ho:"));
    }

    static Optional<Parsed> parse(String data) {
        if (data == null || !data.matches("(gd|ho):[a-z]{1,2}(:[a-z0-9-]{1,30}){0,2}")) {
            return Optional.empty();
        }
        String[] parts = data.split(":");
        List<String> args = List.of(parts).subList(2, parts.length);
        Kind kind = switch (parts[0] + ":" + parts[1]) {
            case "gd:l" -> args.size() == 1 ? Kind.LANGUAGE : null;
            case "gd:c" -> args.size() == 1 ? Kind.CITY : null;
            case "gd:t" -> args.size() == 1 ? Kind.TOPIC : null;
            case "gd:w" -> args.size() == 2 && args.get(0).matches("[1-7]") && args.get(1).matches("[0-2]") ? Kind.WINDOW : null;
            case "gd:ok" -> args.isEmpty() ? Kind.DONE : null;
            case "gd:n" -> args.size() == 1 && args.get(0).matches("[1-5]") ? Kind.CAPACITY : null;
            case "ho:a" -> args.size() == 1 && args.get(0).matches("[0-9]{1,18}") ? Kind.ACCEPT : null;
            case "ho:d" -> args.size() == 1 && args.get(0).matches("[0-9]{1,18}") ? Kind.DECLINE : null;
            case "gd:a" -> args.size() == 1 && args.get(0).matches("[0-9]{1,18}") ? Kind.ANSWER_IN : null;
            case "gd:pf" -> args.size() == 1 ? Kind.PROPOSE : null;
            default -> null;
        };
        return Optional.ofNullable(kind).map(k -> new Parsed(k, args));
    }
}
