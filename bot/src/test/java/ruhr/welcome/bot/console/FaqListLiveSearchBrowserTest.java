package ruhr.welcome.bot.console;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import ruhr.welcome.admin.security.Role;
import ruhr.welcome.admin.security.StaffAccounts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With htmx (served by the app under the console's strict Content-Security-Policy) the FAQ list
 * follows the search box and the filters as an editor types and chooses, without reloading the page,
 * and the address keeps up so the result can be bookmarked.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FaqListLiveSearchBrowserTest {

    private static final String COUNT = "#faq-results p[role=status]";

    @LocalServerPort
    int port;
    @Autowired
    StaffAccounts accounts;

    private ConsoleBrowser browser;

    @AfterEach
    void close() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void theListFollowsTheSearchAndTheFiltersWithoutLeavingThePage() throws Exception {
        String editor = StaffForTests.create(accounts, "redaktion.liste", Role.EDITOR, null);
        browser = ConsoleBrowser.start(port, "en");
        browser.signIn(editor, StaffForTests.PASSWORD);
        browser.open("/admin/faq");
        assertThat(browser.script("return typeof htmx")).as("htmx is served and allowed to run").isEqualTo("object");
        String everything = browser.find(COUNT).getText();
        browser.script("window.stillTheSamePage = true");

        browser.find("#q").sendKeys("Müll trennen"); // no Enter, no button
        browser.waiting().until(d -> browser.findAll("#faq-results code").stream()
                .anyMatch(code -> code.getText().equals("everyday-waste-separation")));
        assertThat(browser.find(COUNT).getText()).isNotEqualTo(everything);
        assertThat(browser.driver().getCurrentUrl()).contains("q=M");
        browser.screenshot("faq-list-live-search");

        new Select(browser.find("#status")).selectByValue("draft"); // every starter entry is published
        browser.waiting().until(d -> browser.find(COUNT).getText().equals("No entries"));
        assertThat(browser.driver().getCurrentUrl()).contains("status=draft");
        assertThat(browser.script("return window.stillTheSamePage")).as("no page load on the way").isEqualTo(true);

        // the address is the state: opening it anew shows the same list
        browser.open(browser.driver().getCurrentUrl().substring(browser.driver().getCurrentUrl().indexOf("/admin")));
        assertThat(browser.find(COUNT).getText()).isEqualTo("No entries");
        assertThat(browser.find("#q").getDomProperty("value")).isEqualTo("Müll trennen");
    }
}
