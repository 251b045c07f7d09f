package ruhr.welcome.admin.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.web.session.HttpSessionEventPublisher;

/**
 * The console's signed-in sessions, known so that disabling an account, changing its role or
 * setting a new password ends its open sessions at once instead of at their timeout.
 */
@Configuration
class StaffSessions {

    @Bean
    SessionRegistry staffSessionRegistry() {
        return new SessionRegistryImpl();
    }

    /** Tells the registry when sessions end, so it does not keep them forever. */
    @Bean
    static HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }
}
