package ruhr.welcome.admin.faq;

/**
 * Someone else changed the entry since the editor loaded it: nothing was saved (HTTP 409). The
 * current version is -1 when the clash was only noticed while writing (two saves at the same moment).
 */
public class FaqEditConflict extends RuntimeException {

    private final String key;
    private final int expectedVersion;
    private final int currentVersion;

    public FaqEditConflict(String key, int expectedVersion, int currentVersion) {
        super("entry " + key + " changed meanwhile: version " + currentVersion + ", the edit was based on " + expectedVersion);
        this.key = key;
        this.expectedVersion = expectedVersion;
        this.currentVersion = currentVersion;
    }

    public String key() { return key; }
    public int expectedVersion() { return expectedVersion; }
    public int currentVersion() { return currentVersion; }
}
