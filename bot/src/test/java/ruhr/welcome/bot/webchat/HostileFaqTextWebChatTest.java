package ruhr.welcome.bot.webchat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;

import ruhr.welcome.knowledge.faq.exchange.FaqImporter;

import static org.assertj.core.api.Assertions.assertThat;
import static ruhr.welcome.bot.webchat.WebChatClient.text;

/**
 * Stored XSS: an FAQ entry whose texts hold HTML and script (as an editor might paste, or an
 * attacker with an editor's account might try) reaches the web chat as harmless text.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HostileFaqTextWebChatTest {

    @LocalServerPort
    int port;

    @Autowired
    FaqImporter importer;

    @Test
    void scriptAndEventHandlersInAnEntryArriveAsText() throws Exception {
        String hostile = new ClassPathResource("hostile/faq.json").getContentAsString(StandardCharsets.UTF_8);
        assertThat(importer.importDocument(hostile, false).created()).containsExactly("test-hostile-markup");

        var browser = new WebChatClient(port, "en");
        browser.get("/chat?lang=en");
        browser.say("Where can I rent a zorbulator?");
        var answer = browser.awaitBot(1).getFirst();

        String html = answer.path("html").asString();
        assertThat(text(answer)).contains("town hall");
        assertThat(html).doesNotContainIgnoringCase("<script").doesNotContainIgnoringCase("<img")
                .doesNotContainIgnoringCase("<b ").doesNotContainPattern("(?i)<a[^>]*javascript:")
                .contains("&lt;script&gt;");
        assertThat(html).doesNotContain("\"><script>");
    }
}
