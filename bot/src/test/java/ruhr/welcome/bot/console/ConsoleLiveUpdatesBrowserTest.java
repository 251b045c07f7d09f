package ruhr.welcome.bot.console;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

import ruhr.welcome.admin.faq.FaqEditing;
import ruhr.welcome.admin.security.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With htmx (served by the app under the console's strict Content-Security-Policy) the FAQ list
 * follows the search box and the filters as an editor types and chooses, without reloading the page,
 * and the address keeps up so the result can be bookmarked; the editor's preview follows the text.
 */
class ConsoleLiveUpdatesBrowserTest extends BrowserTestSupport {

    private static final String COUNT = "#faq-results p[role=status]";

    @Autowired
    FaqEditing editing;

    @Test
    void theListFollowsTheSearchAndTheFiltersWithoutLeavingThePage() throws Exception {
        signedIn("redaktion.liste", Role.EDITOR, null, "en");
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

    @Test
    void theEditorsPreviewFollowsTheTextWithoutSavingIt() throws Exception {
        String before = editing.find("everyday-waste-separation").orElseThrow().entry().texts().get("de").answer();
        signedIn("redaktion.vorschau", Role.EDITOR, null, "de");
        browser.open("/admin/faq/entry/everyday-waste-separation");
        browser.script("window.stillTheSamePage = true");

        WebElement answer = browser.find("textarea[name='answer.de']");
        answer.sendKeys(Keys.chord(Keys.CONTROL, Keys.END), "\n\nTipp: Mit der **Sperrmüllkarte** holt die Stadt ab.");
        browser.waiting().until(d -> browser.findAll("#previews strong").stream()
                .anyMatch(strong -> strong.getText().equals("Sperrmüllkarte")));
        assertThat(browser.find("#previews").getText()).contains("Tipp: Mit der Sperrmüllkarte holt die Stadt ab.");
        assertThat(browser.script("return window.stillTheSamePage")).as("no page load on the way").isEqualTo(true);
        assertThat(answer.getDomProperty("value")).as("the typing is kept").contains("**Sperrmüllkarte**");
        browser.screenshot("faq-editor-live-preview");
        assertThat(editing.find("everyday-waste-separation").orElseThrow().entry().texts().get("de").answer())
                .as("a preview saves nothing").isEqualTo(before);
    }
}
