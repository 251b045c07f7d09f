package ruhr.welcome.admin.api;

/** What an API token may do. */
public enum TokenRole {
    /** Reads entries, exports, searches and reads the figures. */
    READ_ONLY,
    /** Also creates, changes and deletes entries and imports files; may be limited to one city. */
    EDITOR;

    public String authority() {
        return "ROLE_API_" + name();
    }
}
