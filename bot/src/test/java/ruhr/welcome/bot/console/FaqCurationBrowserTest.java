package ruhr.welcome.bot.console;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

import ruhr.welcome.admin.faq.FaqEditing;
import ruhr.welcome.admin.security.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The editors' loop in a real browser against the whole app: sign in, change an entry, publish it,
 * and see the bot answer with it in the web chat; a question the bot could not answer reaches the
 * gaps inbox and becomes an entry the bot then answers with.
 */
class FaqCurationBrowserTest extends BrowserTestSupport {

    private static final String WASTE_QUESTION = "Wie trenne ich den Müll richtig?";

    @Autowired
    FaqEditing editing;

    @Test
    void anEditedEntryIsAnsweredInTheWebChatOnceItIsPublished() throws Exception {
        String editor = signedIn("redaktion", Role.EDITOR, null, "de");
        browser.screenshot("curation-01-signed-in");

        // find the starter entry through the list's search and open it
        browser.clickAndLoad(By.cssSelector("header.top nav a[href='/admin/faq']"));
        browser.find("#q").sendKeys("Müll trennen", Keys.ENTER);
        browser.waiting().until(ExpectedConditions.urlContains("q="));
        browser.clickAndLoad(By.linkText(WASTE_QUESTION));
        assertThat(browser.find(".statusbar .badge").getText()).isEqualTo("Veröffentlicht");
        browser.screenshot("curation-02-editor-published");

        // a bigger change: take it back to draft, rewrite, and have it reviewed before it goes out again
        browser.clickAndLoad(browser.statusButton("draft"));
        assertThat(browser.notice()).contains("wieder ein Entwurf");
        WebElement answer = browser.find("textarea[name='answer.de']");
        answer.sendKeys(Keys.chord(Keys.CONTROL, Keys.END), "\n\nNeu: Die **Abfallberatung** Ihrer Stadt erklärt die Tonnen kostenlos am Telefon.");
        browser.clickAndLoad(By.cssSelector("button[name=action][value=save]"));
        assertThat(browser.notice()).isEqualTo("Gespeichert.");
        assertThat(browser.find(".statusbar .badge").getText()).isEqualTo("Entwurf");
        assertThat(browser.find("section.previews").getText()).as("the preview as the bot sends it")
                .contains("Neu: Die Abfallberatung Ihrer Stadt");
        assertThat(browser.findAll("section.previews strong")).extracting(WebElement::getText).contains("Abfallberatung");

        // a draft is not what newcomers get
        browser.openChat("de");
        assertThat(browser.ask(WASTE_QUESTION)).doesNotContain("Abfallberatung");

        browser.open("/admin/faq/entry/everyday-waste-separation");
        browser.clickAndLoad(browser.statusButton("review"));
        assertThat(browser.find(".statusbar .badge").getText()).isEqualTo("In Prüfung");
        browser.clickAndLoad(browser.statusButton("published"));
        assertThat(browser.notice()).isEqualTo("Veröffentlicht: Der Bot antwortet jetzt damit.");
        assertThat(browser.find(".statusbar .badge").getText()).isEqualTo("Veröffentlicht");
        assertThat(browser.find("section[aria-labelledby=history-title] tbody").getText()).contains(editor);
        browser.screenshot("curation-03-published");

        browser.openChat("de");
        String reply = browser.ask(WASTE_QUESTION);
        assertThat(reply).contains(WASTE_QUESTION, "Neu: Die Abfallberatung Ihrer Stadt erklärt die Tonnen kostenlos am Telefon.");
        assertThat(browser.findAll(".line.bot").getLast().findElements(By.tagName("strong")))
                .extracting(WebElement::getText).contains("Abfallberatung");
        browser.screenshot("curation-04-webchat-new-text");
        assertThat(editing.find("everyday-waste-separation").orElseThrow().entry().status()).isEqualTo("published");
    }

    @Test
    void anUnansweredQuestionBecomesAnEntryFromTheGapsInboxAndIsThenAnswered() throws Exception {
        String question = "Wo mache ich im Ruhrgebiet einen Angelschein?";
        browser = ConsoleBrowser.start(port, "de");
        browser.openChat("de");
        String before = browser.ask(question);
        assertThat(before).doesNotContain("Fischereibehörde");
        browser.screenshot("gaps-01-webchat-unanswered");

        String editor = StaffForTests.create(accounts, "lueckenredaktion", Role.EDITOR, null);
        browser.signIn(editor, StaffForTests.PASSWORD);
        browser.clickAndLoad(By.cssSelector("header.top nav a[href='/admin/gaps']"));
        WebElement group = browser.findAll("article.gap").stream()
                .filter(g -> g.findElement(By.tagName("h2")).getText().contains(question))
                .findFirst().orElseThrow(() -> new AssertionError("the question is not in the gaps inbox:\n" + browser.mainText()));
        assertThat(group.findElement(By.tagName("table")).getText()).contains(question);
        browser.screenshot("gaps-02-inbox");

        browser.clickAndLoad(group.findElement(By.linkText("Eintrag anlegen")));
        assertThat(browser.driver().getCurrentUrl()).contains("/admin/faq/new?");
        assertThat(browser.find("input[name='q.de']").getDomProperty("value")).as("prefilled from the gap").isEqualTo(question);
        browser.find("#key").sendKeys("leisure-fishing-licence");
        browser.find("input[name=topics][value=everyday-life]").click();
        browser.find("textarea[name='alt.de']").sendKeys("Fischereischein beantragen");
        browser.find("textarea[name='answer.de']").sendKeys(
                "Für den Fischereischein legen Sie eine Prüfung ab; ausstellen wird ihn die Untere Fischereibehörde Ihrer Stadt.");
        browser.find("input[name='q.en']").sendKeys("Where do I get a fishing licence in the Ruhr region?");
        browser.find("textarea[name='answer.en']").sendKeys(
                "You pass an exam; the lower fishery authority of your city then issues the fishing licence.");
        browser.screenshot("gaps-03-new-entry-filled");
        browser.clickAndLoad(By.cssSelector("button[name=action][value=save]"));
        assertThat(browser.driver().getCurrentUrl()).contains("/admin/faq/entry/leisure-fishing-licence");
        assertThat(browser.notice()).isEqualTo("Der Eintrag wurde als Entwurf angelegt.");

        browser.clickAndLoad(browser.statusButton("review"));
        browser.clickAndLoad(browser.statusButton("published"));
        assertThat(browser.find(".statusbar .badge").getText()).isEqualTo("Veröffentlicht");
        browser.screenshot("gaps-04-entry-published");

        browser.openChat("de");
        assertThat(browser.ask(question)).contains("Untere Fischereibehörde Ihrer Stadt");
        browser.openChat("en");
        assertThat(browser.ask("fishing licence Ruhr region")).contains("lower fishery authority");
        browser.screenshot("gaps-05-webchat-answered");
    }
}
