package ruhr.welcome.admin.security;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Who may reach which URL: the staff console under {@code /admin} with form sign-in, CSRF tokens on
 * every change and strict headers. The newcomers' side (the web chat, the Telegram webhook) is not
 * a staff area and protects itself; everything else stays closed. Only with a web server.
 */
@Configuration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SecurityChains {

    @Bean
    @Order(1)
    SecurityFilterChain console(HttpSecurity http, SessionRegistry sessions) throws Exception {
        http.securityMatcher("/admin/**")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/admin/login", "/admin/assets/**").permitAll()
                        .requestMatchers("/admin/staff/**").hasRole(Role.ADMIN.name())
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/admin/login").defaultSuccessUrl("/admin", false).permitAll())
                .logout(logout -> logout.logoutUrl("/admin/logout").logoutSuccessUrl("/admin/login?signed-out"))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId())
                        // registered, so that disabling an account or changing its role ends its sessions at once
                        .maximumSessions(-1).sessionRegistry(sessions).expiredUrl("/admin/login"))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'self'; script-src 'self'; "
                                + "style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; "
                                + "form-action 'self'; frame-ancestors 'none'"))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    /** Anything that is neither console nor a newcomer-facing channel is closed by default. */
    @Bean
    @Order(100)
    SecurityFilterChain everythingElse(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                        .requestMatchers("/", "/chat", "/chat/**", "/telegram/webhook", "/actuator/health/**", "/actuator/health",
                                "/actuator/info", "/actuator/prometheus", "/error", "/favicon.ico").permitAll()
                        .anyRequest().denyAll())
                // the web chat checks its own header and the webhook its secret token; there is no staff session here
                .csrf(csrf -> csrf.ignoringRequestMatchers("/chat/**", "/telegram/webhook"))
                .headers(headers -> headers.frameOptions(frame -> frame.disable()));
        return http.build();
    }

}
