package ruhr.welcome.bot.telegram;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import ruhr.welcome.bot.telegram.FakeBotApi.Updates;
import ruhr.welcome.knowledge.faq.exchange.FaqImporter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stored XSS: an FAQ entry whose texts hold HTML and script reaches Telegram as escaped text, so
 * Telegram's HTML parse mode shows it instead of interpreting (or rejecting) it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class HostileFaqTextTelegramTest {

    private static final String TOKEN = "4343:hostile-token";
    private static final FakeBotApi API = FakeBotApi.onLoopback(TOKEN);

    @DynamicPropertySource
    static void telegram(DynamicPropertyRegistry properties) {
        properties.add("welcome.telegram.token", () -> TOKEN);
        properties.add("welcome.telegram.api-url", API::baseUrl);
    }

    @AfterAll
    static void stop() {
        API.close();
    }

    @Autowired
    FaqImporter importer;

    @Test
    void scriptAndEventHandlersInAnEntryArriveEscaped() throws Exception {
        String hostile = new ClassPathResource("hostile/faq.json").getContentAsString(StandardCharsets.UTF_8);
        assertThat(importer.importDocument(hostile, false).created()).containsExactly("test-hostile-markup");

        API.offer(Updates.text(9301, "en", "Where can I rent a zorbulator?"));
        var answer = API.await(call -> call.body().path("chat_id").asLong() == 9301, 1, Duration.ofSeconds(20)).getFirst();

        String html = answer.text();
        assertThat(answer.body().path("parse_mode").asText()).isEqualTo("HTML");
        assertThat(html).contains("town hall").contains("&lt;script&gt;")
                .doesNotContainIgnoringCase("<script").doesNotContainIgnoringCase("<img")
                .doesNotContainIgnoringCase("<b ").doesNotContainPattern("(?i)<a[^>]*javascript:");
        assertThat(answer.body().toString()).doesNotContainIgnoringCase("<script");
    }
}
