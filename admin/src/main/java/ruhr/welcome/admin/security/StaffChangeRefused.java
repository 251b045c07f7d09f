package ruhr.welcome.admin.security;

/**
 * A staff account change that was not made, with the field concerned and a code the console turns
 * into a sentence ({@code staff.error.<code>}); the message is English for logs and start-up errors.
 */
public class StaffChangeRefused extends IllegalArgumentException {

    private final String field;
    private final String code;

    StaffChangeRefused(String field, String code, String message) {
        super(field + ": " + message);
        this.field = field;
        this.code = code;
    }

    public String field() {
        return field;
    }

    public String code() {
        return code;
    }
}
