package ruhr.welcome.admin.security;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The first admin comes from the environment exactly once; a weak bootstrap password stops start-up. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class AdminBootstrapTest {

    @Autowired
    StaffAccounts accounts;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void createsTheFirstAdminOnceAndRefusesAWeakPassword() {
        var weak = new AdminBootstrap(accounts, new ConsoleProperties(5, java.time.Duration.ofMinutes(15), "root", "changeme1234"));
        assertThatThrownBy(() -> weak.run(new DefaultApplicationArguments())).hasMessageContaining("too easy")
                .hasMessageNotContaining("changeme1234");
        assertThat(accounts.anyAdmin()).isFalse();

        var bootstrap = new AdminBootstrap(accounts, new ConsoleProperties(5, java.time.Duration.ofMinutes(15),
                "first.admin", "Zeche-Zollverein-1986"));
        bootstrap.run(new DefaultApplicationArguments());
        bootstrap.run(new DefaultApplicationArguments());

        assertThat(accounts.anyAdmin()).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from staff_user where role = 'ADMIN'", Integer.class)).isEqualTo(1);
        assertThat(accounts.loadUserByUsername("first.admin").getAuthorities()).extracting(Object::toString).containsExactly("ROLE_ADMIN");
    }
}
