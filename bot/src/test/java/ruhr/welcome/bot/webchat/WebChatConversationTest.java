package ruhr.welcome.bot.webchat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

import ruhr.welcome.bot.i18n.BotTexts;

import static org.assertj.core.api.Assertions.assertThat;
import static ruhr.welcome.bot.webchat.WebChatClient.buttons;
import static ruhr.welcome.bot.webchat.WebChatClient.text;

/** Whole web chat conversations over HTTP, as a browser has them, against the real app and database. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WebChatConversationTest {

    @LocalServerPort
    int port;

    @Autowired
    BotTexts texts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Transcript transcript;

    @Autowired
    org.springframework.transaction.support.TransactionTemplate tx;

    @Test
    void wholeConversationFromPresetStartToForget() throws Exception {
        var browser = new WebChatClient(port, "de-DE,de;q=0.9,en;q=0.5");
        var page = browser.get("/chat?lang=de&city=essen");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<html lang=\"de\" dir=\"ltr\"").contains(texts.text("de", "webchat.send"));
        assertThat(page.headers().allValues("Set-Cookie")).anySatisfy(cookie ->
                assertThat(cookie).startsWith(WebChatSession.COOKIE + "=").contains("HttpOnly").contains("Path=/chat"));

        // the page starts the conversation silently with the preset, like a Telegram deep link
        browser.send(WebChatClient.JSON.writeValueAsString(Map.of("id", "start-0001", "text", "/start lang-de_city-essen", "silent", true)));
        var greeting = browser.awaitBot(1).getFirst();
        assertThat(text(greeting)).contains("Willkommen bei welcome.ruhr").contains("Essen");
        assertThat(buttons(greeting)).extracting(b -> b.path("label").asString()).contains(texts.text("de", "menu.topics"));

        String asked = browser.say("Wie lange dauert die Blaue Karte?");
        var mine = browser.await(line -> line.path("author").asString().equals("newcomer"), 1).getFirst();
        assertThat(mine.path("clientId").asString()).isEqualTo(asked);
        var answer = browser.awaitBot(1).getFirst();
        assertThat(answer.path("lang").asString()).isEqualTo("de");
        assertThat(text(answer)).contains("Blaue Karte");
        var feedback = buttons(answer);
        assertThat(feedback).extracting(b -> b.path("data").asString()).anyMatch(d -> d.startsWith("fb:") && d.endsWith(":d"));

        browser.tap(feedback.stream().filter(b -> b.path("data").asString().endsWith(":d")).findFirst().orElseThrow());
        assertThat(text(browser.awaitBot(1).getFirst())).contains(firstSentence(texts.text("de", "feedback.ask-missing")));
        browser.say("Die Gebühren fehlen");
        assertThat(text(browser.awaitBot(1).getFirst())).contains(texts.text("de", "feedback.comment-thanks"));

        browser.say("كم من الوقت تستغرق البطاقة الزرقاء؟");
        var arabic = browser.awaitBot(1).getFirst();
        assertThat(arabic.path("dir").asString()).isEqualTo("rtl");
        assertThat(text(arabic)).contains("البطاقة الزرقاء");

        browser.say("/mydata");
        String mydata = text(browser.awaitBot(1).getFirst());
        assertThat(mydata).contains("Essen");

        browser.say("/forget");
        var confirm = browser.awaitBot(1).getFirst();
        browser.tap(buttons(confirm).stream().filter(b -> b.path("data").asString().equals("f:y")).findFirst().orElseThrow());
        browser.awaitBot(1);
        List<JsonNode> left = browser.transcript();
        assertThat(left).hasSize(1);
        assertThat(left.getFirst().path("author").asString()).isEqualTo("bot");
        assertThat(jdbc.queryForObject("select count(*) from webchat_message where html like '%Blaue Karte%'", Integer.class)).isZero();
    }

    @Test
    void arabicPageIsRightToLeft() throws Exception {
        var page = new WebChatClient(port, "en-GB,en;q=0.9").get("/chat?lang=ar");
        assertThat(page.body()).contains("<html lang=\"ar\" dir=\"rtl\"").contains(texts.text("ar", "webchat.send"));
        assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("script-src 'self'").contains("frame-ancestors");
    }

    @Test
    void badInputGetsAPoliteAnswerOrAClearError() throws Exception {
        var browser = new WebChatClient(port, "en-GB,en;q=0.9");
        browser.get("/chat?lang=en");

        browser.say("x".repeat(10_000));
        assertThat(text(browser.awaitBot(1).getFirst())).contains("very long");
        browser.tap(WebChatClient.JSON.readTree("{\"data\":\"<script>alert(1)</script>\",\"label\":\"<b>x</b>\"}"));
        var mine = browser.await(line -> line.path("author").asString().equals("newcomer") && text(line).contains("<b>"), 1);
        assertThat(mine.getFirst().path("html").asString()).contains("&lt;b&gt;x&lt;/b&gt;").doesNotContain("<b>");
        assertThat(text(browser.awaitBot(1).getFirst())).contains("no longer valid");
        browser.tap(WebChatClient.JSON.readTree("{\"data\":\"" + "m:".repeat(40) + "\",\"label\":\"long\"}"));
        assertThat(text(browser.awaitBot(1).getFirst())).contains("no longer valid");
        browser.say("<img src=x onerror=alert(1)> what is this?");
        var hostile = browser.await(line -> text(line).contains("onerror"), 1).getFirst();
        assertThat(hostile.path("html").asString()).doesNotContain("<img").contains("&lt;img");

        String ok = "{\"id\":\"abcdefgh-1\",\"text\":\"hi\"}";
        assertThat(browser.post(ok).statusCode()).as("without the page's header").isEqualTo(403);
        assertThat(new WebChatClient(port, "en-GB,en;q=0.9").post(ok, WebChatApi.HEADER, "1").statusCode()).as("without a session").isEqualTo(401);
        var malformed = browser.post("{\"id\": 1, ", WebChatApi.HEADER, "1");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(browser.post("{\"id\":\"short\",\"text\":\"hi\"}", WebChatApi.HEADER, "1").body()).contains("8 to 64");
        var huge = browser.post("{\"id\":\"abcdefgh-2\",\"text\":\"" + "y".repeat(WebChatApi.MAX_TEXT + 1) + "\"}", WebChatApi.HEADER, "1");
        assertThat(huge.statusCode()).isEqualTo(413);
        assertThat(huge.headers().firstValue("Content-Type").orElseThrow()).contains("application/problem+json");
    }

    @Test
    void aResentMessageIsAnsweredOnce() throws Exception {
        var browser = new WebChatClient(port, "en-GB,en;q=0.9");
        browser.get("/chat?lang=en");
        String json = "{\"id\":\"resent-message-1\",\"text\":\"Where do I get my tax ID?\"}";
        browser.send(json);
        var again = browser.post(json, WebChatApi.HEADER, "1");
        assertThat(again.body()).contains("\"duplicate\":true");
        browser.awaitBot(1);
        Thread.sleep(500);
        assertThat(browser.transcript()).filteredOn(line -> line.path("author").asString().equals("bot")).hasSize(1);
    }

    @Test
    void aBrowserSeesOnlyItsOwnChat() throws Exception {
        var alice = new WebChatClient(port, "en-GB,en;q=0.9");
        var bob = new WebChatClient(port, "en-GB,en;q=0.9");
        alice.get("/chat");
        bob.get("/chat");
        alice.say("My private question about my residence permit");
        alice.awaitBot(1);
        assertThat(bob.transcript()).isEmpty();
        bob.say("hello");
        bob.awaitBot(1);
        assertThat(bob.transcript()).noneMatch(line -> text(line).contains("private question"));
    }

    @Test
    void newLinesArriveOverServerSentEvents() throws Exception {
        var browser = new WebChatClient(port, "en-GB,en;q=0.9");
        browser.get("/chat?lang=en");
        String cookie = browser.cookie();
        var events = HttpClient.newHttpClient().sendAsync(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/chat/stream"))
                        .header("Cookie", cookie).header("Accept", "text/event-stream").timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofLines());
        HttpResponse<Stream<String>> stream = events.get(10, TimeUnit.SECONDS);
        assertThat(stream.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/event-stream");
        var received = CompletableFuture.supplyAsync(() -> stream.body()
                .filter(line -> line.startsWith("data:") && line.contains("\"author\":\"bot\""))
                .findFirst().orElseThrow());
        browser.say("How long does the Blue Card take?");
        assertThat(received.get(20, TimeUnit.SECONDS)).contains("\"author\":\"bot\"");
    }

    @Test
    void aChangedLineComesAgainInItsPlaceLiveAndOnReload() throws Exception {
        var browser = new WebChatClient(port, "en-GB,en;q=0.9");
        browser.get("/chat?lang=en");
        browser.send(WebChatClient.JSON.writeValueAsString(Map.of("id", "start-0002", "text", "/start lang-en", "silent", true)));
        var greeting = browser.awaitBot(1).getFirst();
        long id = greeting.path("id").asLong();
        long rev = greeting.path("rev").asLong();
        String cookie = browser.cookie();
        var events = HttpClient.newHttpClient().sendAsync(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                                + "/chat/stream?after=" + rev))
                        .header("Cookie", cookie).header("Accept", "text/event-stream").timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofLines());
        HttpResponse<Stream<String>> stream = events.get(10, TimeUnit.SECONDS);
        var received = CompletableFuture.supplyAsync(() -> stream.body()
                .filter(line -> line.startsWith("data:") && line.contains("changed")).findFirst().orElseThrow());

        // what a guide's edit does to the line that showed their message
        String chatKey = WebChatSession.hash(cookie.substring(cookie.indexOf('=') + 1));
        tx.executeWithoutResult(s -> assertThat(transcript.replace(chatKey, id,
                ruhr.welcome.bot.conversation.Reply.text("en", "Amal: changed <b>text</b>"))).isTrue());

        var pushed = WebChatClient.JSON.readTree(received.get(20, TimeUnit.SECONDS).substring("data:".length()));
        assertThat(pushed.path("id").asLong()).as("the same bubble").isEqualTo(id);
        assertThat(pushed.path("rev").asLong()).isGreaterThan(rev);
        assertThat(pushed.path("html").asString()).contains("changed &lt;b&gt;text&lt;/b&gt;");
        var after = WebChatClient.JSON.readTree(browser.get("/chat/messages?after=" + rev).body()).path("lines");
        assertThat(after).singleElement().satisfies(line -> assertThat(line.path("id").asLong()).isEqualTo(id));
        assertThat(browser.transcript()).filteredOn(line -> line.path("id").asLong() == id).singleElement()
                .satisfies(line -> assertThat(text(line)).contains("changed <b>text</b>").doesNotContain("Welcome"));
        Boolean otherChat = tx.execute(s -> transcript.replace(chatKey + "-other", id,
                ruhr.welcome.bot.conversation.Reply.text("en", "not mine")));
        assertThat(otherChat).as("another chat's line stays").isFalse();
    }

    private static String firstSentence(String text) {
        int end = text.indexOf('?');
        return end > 0 ? text.substring(0, end + 1) : text;
    }
}
