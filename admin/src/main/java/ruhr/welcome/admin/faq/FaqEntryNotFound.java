package ruhr.welcome.admin.faq;

/** No entry (or version, or change request) with this key or id: HTTP 404. */
public class FaqEntryNotFound extends RuntimeException {

    public FaqEntryNotFound(String what) {
        super(what + " not found");
    }
}
