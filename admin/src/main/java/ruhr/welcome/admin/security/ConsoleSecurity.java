package ruhr.welcome.admin.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Password hashing and method-level role checks of the console. */
@Configuration
@EnableMethodSecurity
class ConsoleSecurity {

    @Bean
    static PasswordEncoder passwordEncoder() {
        // bcrypt by default, with the algorithm stored in the hash so it can be raised later
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
