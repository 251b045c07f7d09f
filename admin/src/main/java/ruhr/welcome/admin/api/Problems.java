package ruhr.welcome.admin.api;

import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API's errors as RFC 9457 problem details. Each kind has a stable {@code type} (a tag URI, as
 * the RFC allows for types that are not meant to be fetched) that clients can switch on; the
 * {@code detail} is for people.
 */
final class Problems {

    static final String TYPE_PREFIX = "tag:welcome.ruhr,2026:problem:";

    /** One thing wrong with the input: the field (a JSON path such as {@code texts.de.answer}) and why. */
    record FieldProblem(String field, String reason) {
    }

    private Problems() {
    }

    static ProblemDetail of(HttpStatus status, String type, String title, String detail) {
        var problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_PREFIX + type));
        problem.setTitle(title);
        return problem;
    }

    static ProblemDetail invalid(String detail, List<FieldProblem> errors) {
        var problem = of(HttpStatus.BAD_REQUEST, "validation", "Invalid input", detail);
        problem.setProperty("errors", errors);
        return problem;
    }

    static ProblemDetail unauthorized(String detail) {
        return of(HttpStatus.UNAUTHORIZED, "unauthorized", "Authentication required", detail);
    }

    static ProblemDetail forbidden(String type, String detail) {
        return of(HttpStatus.FORBIDDEN, type, "Not allowed", detail);
    }

    /** Writes a problem where there is no Spring MVC to do it (the security filters, unmatched routes). */
    static void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        // JSON is UTF-8 by definition (RFC 8259), so no charset parameter
        JsonMapper.shared().writeValue(response.getOutputStream(), flat(problem));
    }

    /** The members as the RFC has them: extension members beside the standard ones, not nested. */
    static Map<String, Object> flat(ProblemDetail problem) {
        var members = new LinkedHashMap<String, Object>();
        members.put("type", problem.getType() == null ? "about:blank" : problem.getType().toString());
        var status = HttpStatus.resolve(problem.getStatus());
        members.put("title", problem.getTitle() != null ? problem.getTitle() : status != null ? status.getReasonPhrase() : null);
        members.put("status", problem.getStatus());
        if (problem.getDetail() != null) {
            members.put("detail", problem.getDetail());
        }
        if (problem.getInstance() != null) {
            members.put("instance", problem.getInstance().toString());
        }
        if (problem.getProperties() != null) {
            members.putAll(problem.getProperties());
        }
        return members;
    }
}
