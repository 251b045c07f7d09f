package ruhr.welcome.admin.security;

/** What a staff member may do in the console. */
public enum Role {
    /** Manages staff accounts and everything else. */
    ADMIN,
    /** Curates the FAQ; may be limited to one city. */
    EDITOR,
    /** Invites and manages Welcome Guides, watches handoffs and figures. */
    COORDINATOR;

    public String authority() {
        return "ROLE_" + name();
    }
}
