package ruhr.welcome.admin.security;

import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down password guessing: after a number of wrong passwords in a row an account is locked
 * for a while, each further failure doubling the lock; a successful sign-in resets the count.
 */
@Component
class LoginThrottle {

    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

    private final StaffUserRepository users;
    private final ConsoleProperties properties;

    LoginThrottle(StaffUserRepository users, ConsoleProperties properties) {
        this.users = users;
        this.properties = properties;
    }

    @EventListener
    @Transactional
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        users.findByUsernameIgnoreCase(String.valueOf(event.getAuthentication().getPrincipal()).strip()).ifPresent(user -> {
            user.loginFailed(properties.lockAfterFailures(), properties.lockDuration(), Instant.now());
            if (user.getFailedLogins() == properties.lockAfterFailures()) {
                log.warn("Staff account {} locked for {} after {} wrong passwords", user.getId(),
                        properties.lockDuration(), user.getFailedLogins());
            }
        });
    }

    @EventListener
    @Transactional
    void succeeded(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof StaffPrincipal staff) {
            users.findById(staff.id()).ifPresent(StaffUser::loginSucceeded);
        }
    }
}
