package ruhr.welcome.bot.console;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import ruhr.welcome.admin.api.ApiTokens;
import ruhr.welcome.admin.api.TokenRole;
import ruhr.welcome.admin.security.Role;
import ruhr.welcome.admin.security.StaffPrincipal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Every route of the whole app, found from its handler mappings rather than listed by hand, so a
 * new page cannot slip through: the console refuses anyone not signed in, every change needs a CSRF
 * token, every page refuses the roles its controller does not name, and the REST API refuses
 * requests without a token and changes with a read-only token.
 */
@SpringBootTest
@AutoConfigureMockMvc
class EveryRouteSecurityTest {

    /** Open by design: the sign-in page and the API's own description. */
    private static final Set<String> OPEN = Set.of("/admin/login", "/api/v1/openapi.json", "/api/v1/openapi.yaml", "/api/v1/openapi.json.yaml");

    private record Route(HttpMethod method, String path, HandlerMethod handler) {
        boolean changes() {
            return method != HttpMethod.GET && method != HttpMethod.HEAD;
        }
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    ApiTokens tokens;

    @Test
    void theConsoleRefusesAnyoneNotSignedInOnEveryRoute() throws Exception {
        List<Route> console = routes("/admin");
        assertThat(console).as("console routes found").hasSizeGreaterThan(20);
        for (Route route : console) {
            var result = mvc.perform(call(route).with(csrf())).andReturn().getResponse();
            assertThat(result.getStatus()).as("%s %s without sign-in", route.method(), route.path()).isEqualTo(302);
            assertThat(result.getRedirectedUrl()).as("%s %s", route.method(), route.path()).endsWith("/admin/login");
        }
    }

    @Test
    void everyChangeInTheConsoleNeedsACsrfToken() throws Exception {
        var admin = user(staff(Role.ADMIN));
        for (Route route : routes("/admin").stream().filter(Route::changes).toList()) {
            int status = mvc.perform(call(route).with(admin)).andReturn().getResponse().getStatus();
            assertThat(status).as("%s %s without a CSRF token", route.method(), route.path()).isEqualTo(403);
        }
    }

    @Test
    void everyPageRefusesTheRolesItsControllerDoesNotName() throws Exception {
        int checked = 0;
        for (Route route : routes("/admin")) {
            Set<Role> allowed = allowedRoles(route.handler());
            if (allowed == null) {
                continue; // the start page and sign-out: every member of staff
            }
            for (Role role : EnumSet.complementOf(EnumSet.copyOf(allowed))) {
                var response = mvc.perform(call(route).with(csrf()).with(user(staff(role)))).andReturn().getResponse();
                assertThat(response.getStatus()).as("%s %s as %s", route.method(), route.path(), role).isIn(403, 400);
                checked++;
            }
        }
        assertThat(checked).as("refusals checked").isGreaterThan(30);
    }

    @Test
    void theApiRefusesRequestsWithoutATokenAndChangesWithAReadOnlyOne() throws Exception {
        List<Route> api = routes("/api/v1");
        assertThat(api).as("API routes found").hasSizeGreaterThan(8);
        String reader = tokens.create("route sweep reader", TokenRole.READ_ONLY, null, null, "test").secret();
        for (Route route : api) {
            var anonymous = mvc.perform(call(route)).andReturn().getResponse();
            assertThat(anonymous.getStatus()).as("%s %s without a token", route.method(), route.path()).isEqualTo(401);
            assertThat(anonymous.getHeader("WWW-Authenticate")).startsWith("Bearer");
            if (route.changes()) {
                var readOnly = mvc.perform(call(route).header("Authorization", "Bearer " + reader)
                        .contentType("application/json").content("{}")).andReturn().getResponse();
                assertThat(readOnly.getStatus()).as("%s %s with a read-only token", route.method(), route.path()).isEqualTo(403);
                assertThat(readOnly.getContentType()).startsWith("application/problem+json");
            }
        }
    }

    private List<Route> routes(String prefix) {
        var found = new ArrayList<Route>();
        mappings.getHandlerMethods().forEach((RequestMappingInfo info, HandlerMethod handler) -> {
            for (String pattern : info.getPatternValues()) {
                if (!pattern.startsWith(prefix) || OPEN.contains(pattern) || pattern.startsWith("/admin/assets")) {
                    continue;
                }
                Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
                for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                    found.add(new Route(HttpMethod.valueOf(method.name()), concrete(pattern), handler));
                }
            }
        });
        return found;
    }

    /** Path variables become plausible values: numbers for ids, a word for keys. */
    private static String concrete(String pattern) {
        return pattern.replaceAll("\\{[^}]*(id|Id|n|revision)}", "1").replaceAll("\\{[^}]+}", "test-entry");
    }

    private static MockHttpServletRequestBuilder call(Route route) {
        return request(route.method(), route.path());
    }

    /** The roles a controller's (or handler's) {@code @PreAuthorize} names; null when it names none. */
    private static Set<Role> allowedRoles(HandlerMethod handler) {
        PreAuthorize rule = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), PreAuthorize.class);
        if (rule == null) {
            rule = AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), PreAuthorize.class);
        }
        if (rule == null) {
            return null;
        }
        var roles = EnumSet.noneOf(Role.class);
        for (Role role : Role.values()) {
            if (rule.value().contains("'" + role.name() + "'")) {
                roles.add(role);
            }
        }
        return roles;
    }

    private static StaffPrincipal staff(Role role) {
        return new StaffPrincipal(900 + role.ordinal(), "sweep." + role.name().toLowerCase(), "Sweep " + role, role, null,
                "{noop}unused", true, false);
    }
}
