package ruhr.welcome.admin.faq;

import java.util.List;

/**
 * One reason an entry cannot be saved, tied to the field an editor has to fix.
 *
 * @param lang  the language of the text concerned, or null for the entry's own fields
 * @param field {@code key topics audiences city variantOf lastReviewed texts question alternates answer links}
 * @param code  what is wrong; console texts are {@code faq.error.<code>} with {@code args} as {0}, {1}, ...
 * @param args  the details the message names (a limit, a value, a link's position)
 */
public record Violation(String lang, String field, String code, List<String> args) {

    public Violation {
        args = List.copyOf(args);
    }

    static Violation of(String lang, String field, String code, Object... args) {
        return new Violation(lang, field, code, java.util.Arrays.stream(args).map(String::valueOf).toList());
    }

    @Override
    public String toString() {
        return (lang == null ? "" : "[" + lang + "] ") + field + ": " + code + (args.isEmpty() ? "" : " " + args);
    }
}
