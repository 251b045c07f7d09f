package ruhr.welcome.admin.security;

import java.util.Collection;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in staff member as pages and services see them.
 *
 * @param city for an editor limited to one city, that city's id; null for the whole region
 */
public record StaffPrincipal(long id, String username, String displayName, Role role, String city,
                             String password, boolean enabled, boolean locked) implements UserDetails {

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public String getPassword() {
        return password;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    /** Whether this person may change an entry of the given scope (null: the whole region). */
    public boolean mayEdit(String entryCity) {
        return switch (role) {
            case ADMIN -> true;
            case EDITOR -> city == null || city.equals(entryCity);
            case COORDINATOR -> false;
        };
    }

    /** Never shows the hash, even in a debugger's or a log's toString. */
    @Override
    public String toString() {
        return "StaffPrincipal[" + username + ", " + role + (city == null ? "" : ", " + city) + "]";
    }
}
