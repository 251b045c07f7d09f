package ruhr.welcome.admin.api;

import ruhr.welcome.admin.faq.Actor;
import ruhr.welcome.admin.security.Role;

/** An API token acts in FAQ curation as an editor (of its city, if it has one). */
final class ApiActors {

    private ApiActors() {
    }

    static Actor of(ApiClient client) {
        if (client.role() != TokenRole.EDITOR) {
            // the filter chain lets only editor tokens change anything; this is the second lock
            throw new org.springframework.security.access.AccessDeniedException("read-only token");
        }
        return new Actor(client.actor(), Role.EDITOR, client.city());
    }
}
