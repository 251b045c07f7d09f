package ruhr.welcome.admin.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;

import ruhr.welcome.admin.faq.FaqEditConflict;
import ruhr.welcome.admin.faq.FaqEditRefused;
import ruhr.welcome.admin.faq.FaqEntryNotFound;
import ruhr.welcome.admin.faq.FaqValidationFailed;
import ruhr.welcome.knowledge.faq.IllegalStatusChange;
import ruhr.welcome.knowledge.faq.exchange.FaqImportRejected;

/** Every error of the API's controllers as problem details; Spring's own errors included. */
@RestControllerAdvice(basePackageClasses = ApiProblems.class)
class ApiProblems extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

    private final ViolationTexts texts;

    ApiProblems(ViolationTexts texts) {
        this.texts = texts;
    }

    @ExceptionHandler(ApiErrors.InvalidInput.class)
    ProblemDetail invalid(ApiErrors.InvalidInput e) {
        return Problems.invalid(e.getMessage(), e.errors);
    }

    @ExceptionHandler(ApiErrors.NoSuchEntry.class)
    ProblemDetail notFound(ApiErrors.NoSuchEntry e) {
        var problem = Problems.of(HttpStatus.NOT_FOUND, "not-found", "No such entry", e.getMessage());
        problem.setProperty("key", e.key);
        return problem;
    }

    @ExceptionHandler(FaqEntryNotFound.class)
    ProblemDetail entryNotFound(FaqEntryNotFound e) {
        String what = e.getMessage();
        return Problems.of(HttpStatus.NOT_FOUND, "not-found", "No such entry",
                Character.toUpperCase(what.charAt(0)) + what.substring(1) + ".");
    }

    @ExceptionHandler(FaqEditConflict.class)
    ProblemDetail conflict(FaqEditConflict e) {
        var problem = Problems.of(HttpStatus.CONFLICT, "version-conflict", "Changed in the meantime",
                "Entry '" + e.key() + "' was changed by someone else since version " + e.expectedVersion()
                        + ". Read it again and repeat your change.");
        problem.setProperty("key", e.key());
        if (e.currentVersion() >= 0) {
            problem.setProperty("currentVersion", e.currentVersion());
        }
        return problem;
    }

    @ExceptionHandler(IllegalStatusChange.class)
    ProblemDetail statusChange(IllegalStatusChange e) {
        var problem = Problems.of(HttpStatus.CONFLICT, "status-change", "Not a step of the workflow",
                "An entry in " + e.from().name().toLowerCase(Locale.ROOT) + " can move to "
                        + e.from().next().stream().map(s -> s.name().toLowerCase(Locale.ROOT)).sorted().toList()
                        + ", not to " + e.to().name().toLowerCase(Locale.ROOT) + ".");
        problem.setProperty("allowed", e.from().next().stream().map(s -> s.name().toLowerCase(Locale.ROOT)).sorted().toList());
        return problem;
    }

    @ExceptionHandler(FaqValidationFailed.class)
    ProblemDetail invalidEntry(FaqValidationFailed e) {
        if (e.violations().stream().anyMatch(v -> v.code().equals("delete-has-variants"))) {
            var problem = Problems.of(HttpStatus.CONFLICT, "has-variants", "City entries depend on it",
                    "City entries replace this entry in their city: " + String.join(", ", e.violations().getFirst().args())
                            + ". Delete or change them first.");
            return problem;
        }
        return Problems.invalid("The entry was not saved.", texts.fields(e.violations()));
    }

    @ExceptionHandler(FaqEditRefused.class)
    ProblemDetail refused(FaqEditRefused e) {
        return Problems.forbidden("city-scope", e.getMessage() + ".");
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail denied(AccessDeniedException e) {
        return Problems.forbidden("insufficient-role", "This token may not do that.");
    }

    /** A file that cannot be imported: every problem, so it can be fixed in one go. */
    @ExceptionHandler(FaqImportRejected.class)
    ProblemDetail importRejected(FaqImportRejected e) {
        var problem = Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "import-rejected", "File not importable",
                e.problems().size() + " problem(s) found; nothing was imported.");
        problem.setProperty("problems", e.problems());
        return problem;
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        log.error("API request failed", e);
        return Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal", "Internal error",
                "Something went wrong on our side; nothing of the request may have been applied. Please try again later.");
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        String detail = "The body is not valid JSON";
        if (e.getMessage() != null && e.getMessage().startsWith("Required request body is missing")) {
            detail = "The request needs a JSON body";
        } else if (e.getCause() instanceof JacksonException json && json.getLocation() != null) {
            detail += " (line " + json.getLocation().getLineNr() + ", column " + json.getLocation().getColumnNr() + ")";
        }
        var problem = Problems.of(HttpStatus.BAD_REQUEST, "malformed-json", "Malformed JSON", detail + ".");
        return handleExceptionInternal(e, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException e, HttpHeaders headers, HttpStatusCode status,
                                                        WebRequest request) {
        String field = e.getPropertyName() == null ? "parameter" : e.getPropertyName();
        var problem = Problems.invalid("The request has an invalid value.",
                List.of(new Problems.FieldProblem(field, "'" + e.getValue() + "' is not a valid value")));
        return handleExceptionInternal(e, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException e,
                                                                          HttpHeaders headers, HttpStatusCode status,
                                                                          WebRequest request) {
        var problem = Problems.invalid("A required parameter is missing.",
                new ArrayList<>(List.of(new Problems.FieldProblem(e.getParameterName(), "is missing"))));
        return handleExceptionInternal(e, problem, headers, HttpStatus.BAD_REQUEST, request);
    }
}
