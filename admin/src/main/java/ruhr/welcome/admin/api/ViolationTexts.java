package ruhr.welcome.admin.api;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import ruhr.welcome.admin.faq.Violation;
import ruhr.welcome.knowledge.faq.exchange.ImportProblem;

/**
 * The curation rules' violations in the API's words: the console's English text for the code when
 * there is one ({@code faq.error.<code>}), else the code and its details.
 */
@Component
class ViolationTexts {

    private final MessageSource messages;

    ViolationTexts(MessageSource messages) {
        this.messages = messages;
    }

    List<Problems.FieldProblem> fields(List<Violation> violations) {
        return violations.stream().map(v -> new Problems.FieldProblem(field(v), reason(v))).toList();
    }

    List<ImportProblem> importProblems(String entryKey, List<Violation> violations) {
        return violations.stream().map(v -> new ImportProblem(entryKey, v.lang(), v.field(), reason(v))).toList();
    }

    /** A JSON path into the entry: {@code texts.de.answer} for a text's field. */
    static String field(Violation v) {
        if (v.lang() == null) {
            return v.field();
        }
        return "texts".equals(v.field()) ? "texts." + v.lang() : "texts." + v.lang() + "." + v.field();
    }

    String reason(Violation v) {
        String fallback = v.code() + (v.args().isEmpty() ? "" : " " + String.join(", ", v.args()));
        return messages.getMessage("faq.error." + v.code(), v.args().toArray(), fallback, Locale.ENGLISH);
    }
}
