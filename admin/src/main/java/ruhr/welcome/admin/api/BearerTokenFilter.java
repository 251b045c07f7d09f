package ruhr.welcome.admin.api;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads {@code Authorization: Bearer <token>} (RFC 6750). No header: the request goes on without a
 * caller and the authorization rules answer 401. A header that is not a valid, active token is
 * refused here with 401 at once, saying why. Not a bean, so it only runs in the API's filter chain.
 */
final class BearerTokenFilter extends OncePerRequestFilter {

    static final String REALM = "welcome.ruhr API";

    private final ApiTokens tokens;

    BearerTokenFilter(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null) {
            chain.doFilter(request, response);
            return;
        }
        if (!header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            refuse(response, "invalid_request", "Send the token as 'Authorization: Bearer <token>'.");
            return;
        }
        var check = tokens.authenticate(header.substring(7).strip());
        if (check.client() == null) {
            refuse(response, "invalid_token", switch (check.refusal()) {
                case EXPIRED -> "The token has expired; ask an admin for a new one.";
                case REVOKED -> "The token has been revoked.";
                case UNKNOWN -> "The token is not valid.";
            });
            return;
        }
        var strategy = SecurityContextHolder.getContextHolderStrategy();
        var context = strategy.createEmptyContext();
        context.setAuthentication(new ApiAuthentication(check.client()));
        strategy.setContext(context);
        chain.doFilter(request, response);
    }

    static void refuse(HttpServletResponse response, String error, String description) throws IOException {
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE,
                "Bearer realm=\"" + REALM + "\", error=\"" + error + "\", error_description=\"" + description + "\"");
        Problems.write(response, Problems.unauthorized(description));
    }
}
