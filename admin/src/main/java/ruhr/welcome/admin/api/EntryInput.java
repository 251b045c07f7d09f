package ruhr.welcome.admin.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;

import ruhr.welcome.admin.faq.EntryContent;
import ruhr.welcome.knowledge.faq.exchange.FaqFile;

/**
 * An entry as a client writes it: the exchange format's fields without the status (which moves
 * through the workflow), and for a change the version it is based on.
 */
@Schema(name = "EntryInput", description = "An entry to create or the new content of one; the status is changed separately.")
record EntryInput(
        @Schema(description = "3-80 lower-case letters, digits and '-'; on a change it may be omitted") String key,
        @Schema(description = "topic ids, at least one") List<String> topics,
        @Schema(description = "audience ids; empty means everyone") List<String> audiences,
        @Schema(description = "a city id; null for the whole region") String city,
        @Schema(description = "for a city entry: the regional entry it replaces there") String variantOf,
        @Schema(description = "when a person last checked the facts") LocalDate lastReviewed,
        @Schema(description = "per language code") Map<String, TextInput> texts,
        @Schema(description = "on a change: the version it is based on (or send If-Match)") Integer version) {

    record TextInput(String question, List<String> alternates, String answer, List<LinkInput> links) {
    }

    record LinkInput(String title, String url) {
    }

    /** The content for {@code FaqEditing}; lists with holes are refused here, the rest is checked there. */
    EntryContent toContent(String pathKey) {
        var errors = new ArrayList<Problems.FieldProblem>();
        noNulls("topics", topics, errors);
        noNulls("audiences", audiences, errors);
        var converted = new LinkedHashMap<String, FaqFile.Text>();
        if (texts != null) {
            texts.forEach((lang, text) -> {
                String at = "texts." + lang;
                if (text == null) {
                    errors.add(new Problems.FieldProblem(at, "must be an object with question, alternates, answer, links"));
                    return;
                }
                noNulls(at + ".alternates", text.alternates(), errors);
                noNulls(at + ".links", text.links(), errors);
                converted.put(lang, new FaqFile.Text(text.question(), orEmpty(text.alternates()), text.answer(),
                        orEmpty(text.links()).stream().filter(l -> l != null)
                                .map(l -> new FaqFile.Link(l.title(), l.url())).toList()));
            });
        }
        if (!errors.isEmpty()) {
            throw new ApiErrors.InvalidInput("The entry has invalid values.", errors);
        }
        return new EntryContent(key == null ? pathKey : key, topics, audiences, city, variantOf, lastReviewed, converted);
    }

    private static void noNulls(String field, List<?> values, List<Problems.FieldProblem> errors) {
        if (values != null && values.contains(null)) {
            errors.add(new Problems.FieldProblem(field, "must not contain null"));
        }
    }

    private static <T> List<T> orEmpty(List<T> values) {
        return values == null ? List.of() : values.stream().filter(v -> v != null).toList();
    }
}
