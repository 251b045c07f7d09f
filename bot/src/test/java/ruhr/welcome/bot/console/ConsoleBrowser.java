package ruhr.welcome.bot.console;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import ruhr.welcome.bot.browser.HeadlessChromium;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One person at the whole app in headless chromium: a staff member in the console and, in the same
 * browser, a newcomer in the web chat. Waits for what a person would wait for, never a fixed time.
 */
final class ConsoleBrowser implements AutoCloseable {

    private final WebDriver driver;
    private final WebDriverWait wait;
    private final String base;

    private ConsoleBrowser(WebDriver driver, int port) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        // htmx swaps parts of a page: an element read just as it is replaced is simply read again
        this.wait.ignoring(StaleElementReferenceException.class);
        this.base = "http://localhost:" + port;
    }

    /** A browser whose pages come in {@code acceptLanguage} ("de" or "en" for the console). */
    static ConsoleBrowser start(int port, String acceptLanguage) throws IOException {
        return new ConsoleBrowser(HeadlessChromium.start(acceptLanguage), port);
    }

    WebDriver driver() {
        return driver;
    }

    WebDriverWait waiting() {
        return wait;
    }

    /** Opens a path of the app and waits until the page has loaded. */
    void open(String path) {
        driver.get(base + path);
        loaded();
    }

    /** Signs in through the login form and lands on the console's start page. */
    void signIn(String username, String password) {
        open("/admin/login");
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.cssSelector("main form button[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("header.top form.signout")));
        assertThat(driver.findElement(By.cssSelector("header.top form.signout")).getText()).as("the signed-in name")
                .isNotBlank();
    }

    /** Clicks and waits for the page the click leads to (a link or a form's submit button). */
    void clickAndLoad(WebElement element) {
        WebElement html = driver.findElement(By.tagName("html"));
        element.click();
        wait.until(ExpectedConditions.stalenessOf(html));
        loaded();
    }

    /**
     * Finds, clicks and waits for the page it leads to. Right after a page loads, chromedriver now and
     * then reports a freshly found node as not in the document: then it finds the element again.
     */
    void clickAndLoad(By locator) {
        for (int attempt = 1; ; attempt++) {
            loaded();
            try {
                clickAndLoad(wait.until(ExpectedConditions.elementToBeClickable(locator)));
                return;
            } catch (WebDriverException e) {
                boolean settling = e instanceof StaleElementReferenceException
                        || String.valueOf(e.getMessage()).contains("does not belong to the document");
                if (!settling || attempt == 3) {
                    throw e;
                }
            }
        }
    }

    /** Runs a script that submits a form (a forged one, say) and waits for the page the submission leads to. */
    void submitByScript(String js, Object... args) {
        WebElement html = driver.findElement(By.tagName("html"));
        script(js, args);
        wait.until(ExpectedConditions.stalenessOf(html));
        loaded();
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    List<WebElement> findAll(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    /** The button of one of the editor's workflow forms ("review", "published", "draft"). */
    By statusButton(String target) {
        return By.cssSelector("form input[name=target][value=" + target + "] ~ button");
    }

    /** The text of the page's success or alert notice. */
    String notice() {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("main p.notice[role]"))).getText();
    }

    String mainText() {
        return find("main").getText();
    }

    Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    /** Opens the web chat in {@code lang} as a newcomer who has not chatted before, waits for the greeting. */
    void openChat(String lang) {
        if (driver.getCurrentUrl().startsWith(base)) {
            driver.manage().deleteCookieNamed("welcome_chat");
        }
        open("/chat?lang=" + lang);
        wait.until(d -> !d.findElements(By.cssSelector(".line.bot")).isEmpty());
    }

    /** Types a question into the web chat and returns the text of the bot's reply to it. */
    String ask(String question) {
        int before = findAll(".line.bot").size();
        find("#question").sendKeys(question, Keys.ENTER);
        wait.until(d -> d.findElements(By.cssSelector(".line.bot")).size() > before);
        return findAll(".line.bot").getLast().getText();
    }

    /** A screenshot of the whole page (the window grows to the page's height for it), kept in target/screenshots. */
    void screenshot(String name) throws IOException {
        Dimension window = driver.manage().window().getSize();
        Number height = (Number) script("return document.documentElement.scrollHeight");
        driver.manage().window().setSize(new Dimension(window.getWidth(), Math.min(6000, Math.max(window.getHeight(), height.intValue() + 120))));
        script("window.scrollTo(0, 0)");
        try {
            assertThat(Files.size(HeadlessChromium.screenshot(driver, name))).isPositive();
        } finally {
            driver.manage().window().setSize(window);
        }
    }

    private void loaded() {
        wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    @Override
    public void close() {
        driver.quit();
    }
}
