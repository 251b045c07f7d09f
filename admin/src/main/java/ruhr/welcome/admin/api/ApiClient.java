package ruhr.welcome.admin.api;

/**
 * Who calls the API: an active token, as the controllers and the audit log see it.
 *
 * @param city for an editor token limited to one city, that city's id; null for the whole region
 */
public record ApiClient(long tokenId, String name, TokenRole role, String city) {

    /** How changes by this token appear in the audit log. */
    public String actor() {
        return "api:" + name;
    }

    /** Whether this token may change an entry of the given scope (null: the whole region). */
    public boolean mayEdit(String entryCity) {
        return role == TokenRole.EDITOR && (city == null || city.equals(entryCity));
    }
}
