package ruhr.welcome.admin.api;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;

/**
 * The REST API's own filter chain: stateless, bearer tokens only. A console session cookie does not
 * open the API (so no CSRF token is needed: a browser never sends a bearer token by itself).
 * Reading needs any token, changing an editor token; the OpenAPI description is public.
 */
@Configuration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class ApiSecurity {

    static final String BASE = "/api/v1";
    static final String OPENAPI = BASE + "/openapi.json";

    @Bean
    @Order(2)
    SecurityFilterChain api(HttpSecurity http, ApiTokens tokens) throws Exception {
        http.securityMatcher(BASE + "/**")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(HttpMethod.GET, OPENAPI, OPENAPI + ".yaml").permitAll()
                        .requestMatchers(HttpMethod.GET, BASE + "/**").hasAuthority(TokenRole.READ_ONLY.authority())
                        .anyRequest().hasAuthority(TokenRole.EDITOR.authority()))
                .addFilterBefore(new BearerTokenFilter(tokens), AnonymousAuthenticationFilter.class)
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .requestCache(AbstractHttpConfigurer::disable)
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((request, response, e) -> {
                            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"" + BearerTokenFilter.REALM + "\"");
                            Problems.write(response, Problems.unauthorized(
                                    "This API needs a token: send 'Authorization: Bearer <token>'. Admins create tokens in the console."));
                        })
                        .accessDeniedHandler((request, response, e) -> {
                            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"" + BearerTokenFilter.REALM
                                    + "\", error=\"insufficient_scope\"");
                            Problems.write(response, Problems.forbidden("insufficient-role",
                                    "This token may only read; changes need an editor token."));
                        }))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'")));
        return http.build();
    }
}
