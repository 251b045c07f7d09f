package ruhr.welcome.admin.faq;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import ruhr.welcome.knowledge.faq.AnswerMarkup;
import ruhr.welcome.knowledge.faq.Audience;
import ruhr.welcome.knowledge.faq.City;
import ruhr.welcome.knowledge.faq.FaqEntryRepository;
import ruhr.welcome.knowledge.faq.Topic;
import ruhr.welcome.knowledge.faq.exchange.FaqFile;
import ruhr.welcome.knowledge.faq.exchange.FaqFileReader;
import ruhr.welcome.knowledge.language.Languages;

/**
 * The rules of an entry, the same limits as the exchange format's reader, collected field by field
 * so an editor sees every problem at once next to the field concerned.
 */
final class EntryValidator {

    /** Markup the bot would show as literal text; refused, so editors notice at once. */
    private static final Pattern HTML_TAG = Pattern.compile("<\\s*/?\\s*[a-zA-Z!][^>]*>");

    private final FaqEntryRepository entries;

    EntryValidator(FaqEntryRepository entries) {
        this.entries = entries;
    }

    List<Violation> check(EntryContent content, boolean creating) {
        var problems = new ArrayList<Violation>();
        checkEntry(content, creating, problems);
        if (content.texts().isEmpty()) {
            problems.add(Violation.of(null, "texts", "texts-required"));
        }
        content.texts().forEach((lang, text) -> checkText(lang, text, problems));
        return problems;
    }

    private void checkEntry(EntryContent content, boolean creating, List<Violation> problems) {
        String key = content.key();
        if (blank(key)) {
            problems.add(Violation.of(null, "key", "required"));
        } else if (!key.matches(FaqFileReader.KEY_PATTERN)) {
            problems.add(Violation.of(null, "key", "key-format"));
        } else if (creating && entries.findByKey(key).isPresent()) {
            problems.add(Violation.of(null, "key", "key-taken", key));
        }
        if (content.topics().isEmpty()) {
            problems.add(Violation.of(null, "topics", "topics-required"));
        }
        content.topics().stream().filter(t -> Topic.byId(t).isEmpty())
                .forEach(t -> problems.add(Violation.of(null, "topics", "unknown-value", t)));
        content.audiences().stream().filter(a -> Audience.byId(a).isEmpty())
                .forEach(a -> problems.add(Violation.of(null, "audiences", "unknown-value", a)));
        if (content.city() != null && City.byId(content.city()).isEmpty()) {
            problems.add(Violation.of(null, "city", "unknown-value", content.city()));
        }
        checkVariant(content, problems);
        if (content.lastReviewed() == null) {
            problems.add(Violation.of(null, "lastReviewed", "required"));
        }
    }

    private void checkVariant(EntryContent content, List<Violation> problems) {
        String target = content.variantOf();
        if (target != null && content.city() == null) {
            problems.add(Violation.of(null, "variantOf", "variant-needs-city"));
        } else if (target != null && target.equals(content.key())) {
            problems.add(Violation.of(null, "variantOf", "variant-self"));
        } else if (target != null && !entries.findByKey(target).map(e -> e.getCity() == null).orElse(false)) {
            problems.add(Violation.of(null, "variantOf", "variant-unknown", target));
        }
        if (content.city() != null && content.key() != null) {
            // a regional entry that city entries replace must stay regional
            var variants = entries.findByVariantOf(content.key()).stream().map(e -> e.getKey()).sorted().toList();
            if (!variants.isEmpty()) {
                problems.add(Violation.of(null, "city", "has-variants", String.join(", ", variants)));
            }
        }
    }

    private static void checkText(String lang, FaqFile.Text text, List<Violation> problems) {
        if (!Languages.SUPPORTED.contains(lang)) {
            problems.add(Violation.of(lang, "texts", "unknown-language", lang));
            return;
        }
        length(lang, "question", text.question(), FaqFileReader.MAX_QUESTION, problems);
        if (text.alternates().size() > FaqFileReader.MAX_ALTERNATES) {
            problems.add(Violation.of(lang, "alternates", "too-many", FaqFileReader.MAX_ALTERNATES));
        }
        text.alternates().stream().filter(a -> a.length() > FaqFileReader.MAX_QUESTION).findFirst()
                .ifPresent(a -> problems.add(Violation.of(lang, "alternates", "alternate-too-long", FaqFileReader.MAX_QUESTION)));
        if (length(lang, "answer", text.answer(), FaqFileReader.MAX_ANSWER, problems)) {
            if (HTML_TAG.matcher(text.answer()).find()) {
                problems.add(Violation.of(lang, "answer", "answer-html"));
            }
            AnswerMarkup.unsafeLinks(text.answer()).forEach(url ->
                    problems.add(Violation.of(lang, "answer", "answer-link-unsafe", abbreviate(url))));
        }
        if (text.links().size() > FaqFileReader.MAX_LINKS) {
            problems.add(Violation.of(lang, "links", "too-many", FaqFileReader.MAX_LINKS));
        }
        int position = 0;
        for (FaqFile.Link link : text.links()) {
            position++;
            if (blank(link.title())) {
                problems.add(Violation.of(lang, "links", "link-title-missing", position));
            } else if (link.title().length() > FaqFileReader.MAX_TITLE) {
                problems.add(Violation.of(lang, "links", "link-title-too-long", position, FaqFileReader.MAX_TITLE));
            }
            if (blank(link.url())) {
                problems.add(Violation.of(lang, "links", "link-url-missing", position));
            } else if (link.url().length() > FaqFileReader.MAX_URL || !AnswerMarkup.isSafeUrl(link.url())) {
                problems.add(Violation.of(lang, "links", "link-url-unsafe", position));
            }
        }
    }

    /** Returns whether the value is there and short enough. */
    private static boolean length(String lang, String field, String value, int max, List<Violation> problems) {
        if (blank(value)) {
            problems.add(Violation.of(lang, field, "required"));
            return false;
        }
        if (value.length() > max) {
            problems.add(Violation.of(lang, field, "too-long", max, value.length()));
            return false;
        }
        return true;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }

    static Map<String, FaqFile.Text> stripped(Map<String, FaqFile.Text> texts) {
        var out = new java.util.TreeMap<String, FaqFile.Text>();
        texts.forEach((lang, t) -> out.put(lang, new FaqFile.Text(strip(t.question()),
                t.alternates().stream().map(EntryValidator::strip).filter(a -> !a.isEmpty()).toList(),
                strip(t.answer()),
                t.links().stream().map(l -> new FaqFile.Link(strip(l.title()), strip(l.url()))).toList())));
        return out;
    }

    private static String strip(String s) {
        return s == null ? null : s.strip();
    }
}
