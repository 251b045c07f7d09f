package ruhr.welcome.admin.faq;

import ruhr.welcome.admin.security.Role;
import ruhr.welcome.admin.security.StaffPrincipal;

/**
 * Who changes the FAQ, as {@link FaqEditing} checks it: a signed-in staff member or, later, an API
 * token acting for one.
 *
 * @param name the staff username, written to versions and the audit log
 * @param city for an editor limited to one city, that city's id; null for the whole region
 */
public record Actor(String name, Role role, String city) {

    public static Actor of(StaffPrincipal staff) {
        return new Actor(staff.username(), staff.role(), staff.role() == Role.EDITOR ? staff.city() : null);
    }

    /** Curates the FAQ at all (coordinators do not). */
    public boolean curates() {
        return role == Role.ADMIN || role == Role.EDITOR;
    }

    /** May change every entry, accept proposals and import. */
    public boolean unrestricted() {
        return curates() && city == null;
    }

    /** May change an entry of this scope directly (null: a regional entry). */
    public boolean mayChange(String entryCity) {
        return unrestricted() || (curates() && city.equals(entryCity));
    }

    /** May propose a change to an entry of this scope for someone else to review. */
    public boolean mayPropose(String entryCity) {
        return curates() && (entryCity == null || mayChange(entryCity));
    }
}
