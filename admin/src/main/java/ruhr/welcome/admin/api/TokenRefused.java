package ruhr.welcome.admin.api;

/**
 * A token that was not created, with a code the console turns into a sentence
 * ({@code token.error.<code>}); the message is English and names the field first.
 */
public class TokenRefused extends IllegalArgumentException {

    private final String code;

    TokenRefused(String field, String code, String message) {
        super(field + ": " + message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
