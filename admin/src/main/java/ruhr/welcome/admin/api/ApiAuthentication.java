package ruhr.welcome.admin.api;

import java.util.List;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** A request authenticated by an API token; editors may also read. */
final class ApiAuthentication extends AbstractAuthenticationToken {

    private final ApiClient client;

    ApiAuthentication(ApiClient client) {
        super(client.role() == TokenRole.EDITOR
                ? List.of(new SimpleGrantedAuthority(TokenRole.EDITOR.authority()), new SimpleGrantedAuthority(TokenRole.READ_ONLY.authority()))
                : List.of(new SimpleGrantedAuthority(TokenRole.READ_ONLY.authority())));
        this.client = client;
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        // the secret is not kept once checked
        return null;
    }

    @Override
    public ApiClient getPrincipal() {
        return client;
    }

    @Override
    public String getName() {
        return client.actor();
    }
}
