package ruhr.welcome.bot.console;

import java.io.IOException;

import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import ruhr.welcome.admin.security.Role;
import ruhr.welcome.admin.security.StaffAccounts;

/** The whole app on a random port and one headless browser per test, closed after it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class BrowserTestSupport {

    @LocalServerPort
    int port;
    @Autowired
    StaffAccounts accounts;

    ConsoleBrowser browser;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    /** Opens {@link #browser}, its pages in {@code lang}, signed in as a new staff member; returns the username. */
    String signedIn(String name, Role role, String city, String lang) throws IOException {
        String username = StaffForTests.create(accounts, name, role, city);
        browser = ConsoleBrowser.start(port, lang);
        browser.signIn(username, StaffForTests.PASSWORD);
        return username;
    }
}
