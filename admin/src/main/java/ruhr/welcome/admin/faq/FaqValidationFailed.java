package ruhr.welcome.admin.faq;

import java.util.List;
import java.util.stream.Collectors;

/** The entry was not saved: every problem found, per field (HTTP 400/422 in the API). */
public class FaqValidationFailed extends RuntimeException {

    private final List<Violation> violations;

    public FaqValidationFailed(List<Violation> violations) {
        super("the entry was not saved: " + violations.stream().map(Violation::toString).collect(Collectors.joining("; ")));
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
