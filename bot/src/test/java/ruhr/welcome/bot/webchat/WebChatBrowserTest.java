package ruhr.welcome.bot.webchat;

import java.nio.file.Files;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The web chat in a real browser: typed with the keyboard only, answered in the page. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WebChatBrowserTest {

    @LocalServerPort
    int port;

    @org.springframework.beans.factory.annotation.Autowired
    Transcript transcript;

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.transaction.support.TransactionTemplate tx;

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    private WebDriver browser;

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void typesAQuestionAndSeesTheAnswer() throws Exception {
        browser = HeadlessChromium.start();
        var wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        browser.get("http://localhost:" + port + "/chat?lang=de");

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".line.bot"), "Willkommen"));
        var input = browser.findElement(By.id("question"));
        assertThat(browser.switchTo().activeElement()).as("the question field has the focus").isEqualTo(input);
        input.sendKeys("Wie lange dauert die Blaue Karte?", Keys.ENTER);

        wait.until(d -> d.findElements(By.cssSelector(".line.bot")).size() >= 2);
        var answer = browser.findElements(By.cssSelector(".line.bot")).getLast();
        assertThat(answer.getText()).contains("Blaue Karte");
        assertThat(browser.findElements(By.cssSelector(".line.newcomer")).getLast().getText())
                .contains("Wie lange dauert die Blaue Karte?");
        assertThat(answer.findElements(By.cssSelector(".buttons button"))).isNotEmpty();
        assertThat(Files.size(HeadlessChromium.screenshot(browser, "webchat-answer"))).isPositive();

        // keyboard only: Shift+Tab from the question field reaches the answer's last button, Enter taps it
        input.sendKeys(Keys.chord(Keys.SHIFT, Keys.TAB));
        var focused = browser.switchTo().activeElement();
        assertThat(answer.findElements(By.cssSelector(".buttons button"))).contains(focused);
        String label = focused.getText();
        focused.sendKeys(Keys.ENTER);
        wait.until(d -> d.findElements(By.cssSelector(".line.bot")).size() >= 3);
        assertThat(browser.findElements(By.cssSelector(".line.newcomer")).getLast().getText()).contains(label);
    }

    @Test
    void aChangedLineReplacesItsBubbleInPlaceLiveAndAfterAReload() throws Exception {
        browser = HeadlessChromium.start();
        var wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        browser.get("http://localhost:" + port + "/chat?lang=de");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".line.bot"), "Willkommen"));
        browser.findElement(By.id("question")).sendKeys("Wie lange dauert die Blaue Karte?", Keys.ENTER);
        wait.until(d -> d.findElements(By.cssSelector(".line.bot")).size() >= 2);
        int lines = browser.findElements(By.cssSelector(".line")).size();

        // a guide edits the message the first line showed: the line changes where it is
        String chatKey = WebChatSession.hash(browser.manage().getCookieNamed(WebChatSession.COOKIE).getValue());
        long first = jdbc.queryForObject("select min(id) from webchat_message where chat_key = ? and author = 'bot'",
                Long.class, chatKey);
        tx.executeWithoutResult(s -> transcript.replace(chatKey, first,
                ruhr.welcome.bot.conversation.Reply.text("de", "Amal: Hallo, korrigiert")));

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".line.bot"), "korrigiert"));
        assertThat(browser.findElements(By.cssSelector(".line"))).hasSize(lines);
        assertThat(browser.findElements(By.cssSelector(".line.bot")).getLast().getText()).contains("Blaue Karte");

        browser.navigate().refresh();
        wait.until(d -> d.findElements(By.cssSelector(".line.bot")).size() >= 2);
        assertThat(browser.findElements(By.cssSelector(".line.bot")).getFirst().getText()).contains("korrigiert");
        assertThat(browser.findElements(By.cssSelector(".line.bot")).getLast().getText()).contains("Blaue Karte");
    }

    @Test
    void arabicIsLaidOutRightToLeft() throws Exception {
        browser = HeadlessChromium.start();
        var wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        browser.get("http://localhost:" + port + "/chat?lang=ar");

        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".line.bot")));
        Object direction = ((JavascriptExecutor) browser)
                .executeScript("return getComputedStyle(document.querySelector('.line.bot')).direction");
        assertThat(direction).isEqualTo("rtl");
        HeadlessChromium.screenshot(browser, "webchat-arabic");
    }
}
