package ruhr.welcome.admin.api;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import ruhr.welcome.admin.faq.Violation;

/**
 * The curation rules' violations in the API's words (English): our reason for the code, else the
 * console's English text for it ({@code faq.error.<code>}), else the code and its details.
 */
@Component
class ViolationTexts {

    private final MessageSource messages;
    private final Properties reasons = new Properties();

    ViolationTexts(MessageSource messages) {
        this.messages = messages;
        try (var in = new InputStreamReader(new ClassPathResource("api/violation-reasons.properties").getInputStream(),
                StandardCharsets.UTF_8)) {
            reasons.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<Problems.FieldProblem> fields(List<Violation> violations) {
        return violations.stream().map(v -> new Problems.FieldProblem(field(v), reason(v))).toList();
    }

    /** A JSON path into the entry: {@code texts.de.answer} for a text's field. */
    static String field(Violation v) {
        if (v.lang() == null) {
            return v.field();
        }
        return "texts".equals(v.field()) ? "texts." + v.lang() : "texts." + v.lang() + "." + v.field();
    }

    String reason(Violation v) {
        String ours = reasons.getProperty(v.code());
        if (ours != null) {
            return new MessageFormat(ours, Locale.ENGLISH).format(v.args().toArray());
        }
        String fallback = v.code() + (v.args().isEmpty() ? "" : " " + String.join(", ", v.args()));
        return messages.getMessage("faq.error." + v.code(), v.args().toArray(), fallback, Locale.ENGLISH);
    }
}
