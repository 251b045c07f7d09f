package ruhr.welcome.admin.faq;

/**
 * This person may not make this change: a coordinator, an editor of another city, or a city
 * editor changing a regional entry directly instead of proposing. The console and the API answer 403.
 */
public class FaqEditRefused extends RuntimeException {

    public FaqEditRefused(String message) {
        super(message);
    }
}
