package ruhr.welcome.bot.console;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.Dimension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

import ruhr.welcome.admin.security.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every console page in German and in English as a browser renders it: the page's own language
 * throughout (no missing texts), the stylesheet applied under the strict CSP, nothing inline that
 * the CSP would block, no page wider than the window, on a desktop and on a phone. Screenshots of
 * each page are kept for a person to look at.
 */
class ConsolePagesBrowserTest extends BrowserTestSupport {

    /** A page and the message key of its heading. */
    private record Page(String name, String path, String heading) {
    }

    private static final List<Page> PAGES = List.of(
            new Page("home", "/admin", "home.welcome"),
            new Page("faq-list", "/admin/faq", "faq.list.title"),
            new Page("faq-editor", "/admin/faq/entry/residence-blue-card", "faq.editor.title"),
            new Page("faq-new", "/admin/faq/new", "faq.new"),
            new Page("faq-coverage", "/admin/faq/coverage", "faq.coverage.title"),
            new Page("faq-requests", "/admin/faq/requests", "faq.requests.title"),
            new Page("faq-transfer", "/admin/faq/transfer", "faq.transfer.title"),
            new Page("ask", "/admin/ask", "ask.title"),
            new Page("gaps", "/admin/gaps", "gaps.title"),
            new Page("figures", "/admin/figures", "figures.title"),
            new Page("guides", "/admin/guides", "guides.title"),
            new Page("staff", "/admin/staff", "staff.title"),
            new Page("tokens", "/admin/staff/tokens", "token.title"));
    private static final List<String> ON_A_PHONE = List.of("/admin", "/admin/faq", "/admin/faq/entry/residence-blue-card",
            "/admin/gaps", "/admin/figures");

    @Autowired
    MessageSource messages;

    @ParameterizedTest
    @ValueSource(strings = {"de", "en"})
    void everyPageSpeaksTheBrowsersLanguageAndFitsTheWindow(String lang) throws Exception {
        Locale locale = Locale.forLanguageTag(lang);
        String admin = StaffForTests.create(accounts, "leitung", Role.ADMIN, null);
        browser = ConsoleBrowser.start(port, lang);
        // something for the gaps inbox and the figures to show
        browser.openChat(lang);
        browser.ask("Wie lange dauert die Blaue Karte?");
        browser.ask("Wo bekomme ich in Herne einen Jagdschein für Wildschweine?");

        browser.open("/admin/login");
        assertThat(browser.find("label[for=username]").getText()).isEqualTo(text("login.username", locale));
        assertLooksRight("/admin/login", lang);
        browser.screenshot("console-" + lang + "-login");
        browser.signIn(admin, StaffForTests.PASSWORD);

        for (Page page : PAGES) {
            browser.open(page.path());
            String heading = page.heading().equals("home.welcome")
                    ? text(page.heading(), locale, "Browser leitung") : text(page.heading(), locale);
            assertThat(browser.find("main h1").getText()).as(page.path()).startsWith(heading);
            assertThat(browser.find("header.top form.signout button").getText()).isEqualTo(text("console.sign-out", locale));
            assertLooksRight(page.path(), lang);
            browser.screenshot("console-" + lang + "-" + page.name());
        }

        browser.driver().manage().window().setSize(new Dimension(390, 844));
        for (String path : ON_A_PHONE) {
            browser.open(path);
            assertLooksRight(path + " on a phone", lang);
            browser.screenshot("console-" + lang + "-phone" + path.replace('/', '-'));
        }
    }

    private void assertLooksRight(String page, String lang) {
        assertThat(browser.find("html").getDomAttribute("lang")).as(page).isEqualTo(lang);
        assertThat(browser.driver().getPageSource()).as(page + ": a text missing from the bundles").doesNotContain("??");
        assertThat(browser.script("return getComputedStyle(document.querySelector('main')).maxWidth"))
                .as(page + ": console.css applied").isNotEqualTo("none");
        assertThat(browser.script("return document.querySelectorAll('[style], script:not([src]), style').length"))
                .as(page + ": inline styles or scripts, which the CSP blocks").isEqualTo(0L);
        assertThat(browser.script("return [...document.images].every(i => i.complete && i.naturalWidth > 0)"))
                .as(page + ": images loaded").isEqualTo(true);
        assertThat(browser.script("return document.documentElement.scrollWidth - document.documentElement.clientWidth"))
                .as(page + ": the page is wider than the window").isEqualTo(0L);
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
