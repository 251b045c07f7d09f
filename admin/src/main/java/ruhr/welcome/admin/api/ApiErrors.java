package ruhr.welcome.admin.api;

import java.util.List;

/** What the API's controllers refuse; {@link ApiProblems} turns each into its problem details. */
final class ApiErrors {

    private ApiErrors() {
    }

    /** Input that cannot be used, with every problem found (not only the first). */
    static final class InvalidInput extends RuntimeException {
        final transient List<Problems.FieldProblem> errors;

        InvalidInput(String detail, List<Problems.FieldProblem> errors) {
            super(detail);
            this.errors = List.copyOf(errors);
        }

        static InvalidInput field(String field, String reason) {
            return new InvalidInput("The request has an invalid value.", List.of(new Problems.FieldProblem(field, reason)));
        }
    }

    static final class NoSuchEntry extends RuntimeException {
        final String key;

        NoSuchEntry(String key) {
            super("There is no entry '" + key + "'.");
            this.key = key;
        }
    }
}
