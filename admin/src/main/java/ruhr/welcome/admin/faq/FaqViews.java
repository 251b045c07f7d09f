package ruhr.welcome.admin.faq;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import ruhr.welcome.knowledge.faq.Audience;
import ruhr.welcome.knowledge.faq.City;
import ruhr.welcome.knowledge.faq.EntryStatus;
import ruhr.welcome.knowledge.faq.Topic;
import ruhr.welcome.knowledge.language.Languages;

/** What the FAQ pages share: the choice lists and problem messages in the reader's language. */
@Component
class FaqViews {

    /** A problem shown next to its field ({@code id} of the input) and in the summary. */
    record Problem(String target, String text) {
    }

    private final MessageSource messages;

    FaqViews(MessageSource messages) {
        this.messages = messages;
    }

    void choices(Model model, Locale locale) {
        model.addAttribute("topicIds", Arrays.stream(Topic.values()).map(Topic::id).toList());
        model.addAttribute("audienceIds", Arrays.stream(Audience.values()).map(Audience::id).toList());
        var cities = new LinkedHashMap<String, String>();
        Arrays.stream(City.values()).forEach(c -> cities.put(c.id(), c.displayName()));
        model.addAttribute("cities", cities);
        model.addAttribute("statuses", Arrays.stream(EntryStatus.values()).map(s -> s.name().toLowerCase(Locale.ROOT)).toList());
        model.addAttribute("languages", Languages.SUPPORTED);
        model.addAttribute("languageNames", languageNames(locale));
    }

    /** Each supported language by its name in the reader's language ("de" → "Deutsch" / "German"). */
    static Map<String, String> languageNames(Locale locale) {
        var names = new LinkedHashMap<String, String>();
        Languages.SUPPORTED.forEach(l -> names.put(l, Locale.forLanguageTag(l).getDisplayLanguage(locale) + " (" + l + ")"));
        return names;
    }

    /** Problems by the input they belong to ({@code q.de}, {@code topics}, ...), with the field named. */
    Map<String, List<String>> problems(List<Violation> violations, Locale locale) {
        var byTarget = new LinkedHashMap<String, List<String>>();
        for (Violation v : violations) {
            String target = v.lang() == null ? v.field() : inputName(v.field()) + "." + v.lang();
            byTarget.computeIfAbsent(target, t -> new ArrayList<>()).add(text(v, locale));
        }
        return byTarget;
    }

    /** Every problem as one sentence naming the field and language, for the summary at the top. */
    List<Problem> summary(List<Violation> violations, Locale locale) {
        return violations.stream().map(v -> {
            String field = messages.getMessage("faq.field." + v.field(), null, v.field(), locale);
            String where = v.lang() == null ? field : field + " (" + languageNames(locale).getOrDefault(v.lang(), v.lang()) + ")";
            String target = v.lang() == null ? v.field() : inputName(v.field()) + "." + v.lang();
            return new Problem(target, where + ": " + text(v, locale));
        }).toList();
    }

    String text(Violation v, Locale locale) {
        return messages.getMessage("faq.error." + v.code(), v.args().toArray(), v.code(), locale);
    }

    String message(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    private static String inputName(String field) {
        return switch (field) {
            case "question" -> "q";
            case "alternates" -> "alt";
            case "links" -> "links";
            case "texts" -> "texts";
            default -> field;
        };
    }
}
