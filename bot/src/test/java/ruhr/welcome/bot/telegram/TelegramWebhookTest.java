package ruhr.welcome.bot.telegram;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import ruhr.welcome.bot.telegram.FakeBotApi.Updates;

import static org.assertj.core.api.Assertions.assertThat;

/** Webhook mode: the secret is checked on every call, and a redelivered update is answered once. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TelegramWebhookTest {

    private static final String TOKEN = "4343:webhook-token";
    private static final FakeBotApi API = FakeBotApi.onLoopback(TOKEN);

    @DynamicPropertySource
    static void telegram(DynamicPropertyRegistry properties) {
        properties.add("welcome.telegram.token", () -> TOKEN);
        properties.add("welcome.telegram.api-url", API::baseUrl);
        properties.add("welcome.telegram.mode", () -> "webhook");
        properties.add("welcome.telegram.webhook-url", () -> "https://bot.example.org/telegram/webhook");
        properties.add("welcome.telegram.webhook-secret", () -> "s3cret-Token_1");
    }

    @AfterAll
    static void stop() {
        API.close();
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void registersTheWebhookWithItsSecret() throws Exception {
        var registered = API.await(c -> c.method().equals("setWebhook"), 1, Duration.ofSeconds(10)).getFirst();

        assertThat(registered.body().path("url").asText()).isEqualTo("https://bot.example.org/telegram/webhook");
        assertThat(registered.body().path("secret_token").asText()).isEqualTo("s3cret-Token_1");
    }

    @Test
    void refusesCallsWithoutTheRightSecret() throws Exception {
        String update = FakeBotApi.JSON.writeValueAsString(Updates.text(7001, "en", "hello"));

        assertThat(post(update, null)).isEqualTo(401);
        assertThat(post(update, "wrong")).isEqualTo(401);
        assertThat(jdbc.queryForObject("select count(*) from inbound_update where payload like '%7001%'", Integer.class))
                .isZero();
    }

    @Test
    void answersAnUpdateOnceEvenWhenTelegramDeliversItTwice() throws Exception {
        String update = FakeBotApi.JSON.writeValueAsString(Updates.text(7002, "en", "/help"));

        assertThat(post(update, "s3cret-Token_1")).isEqualTo(200);
        assertThat(post(update, "s3cret-Token_1")).isEqualTo(200);

        var replies = API.await(c -> c.method().equals("sendMessage") && c.chatId().equals("7002"), 1,
                Duration.ofSeconds(15));
        Thread.sleep(1500);
        assertThat(API.messagesTo(7002)).hasSize(replies.size()).hasSize(1);
        assertThat(replies.getFirst().text()).contains("How I can help");
    }

    @Test
    void malformedBodiesAreRefused() throws Exception {
        assertThat(post("{not json", "s3cret-Token_1")).isEqualTo(400);
        assertThat(post("{}", "s3cret-Token_1")).isEqualTo(400);
    }

    private int post(String body, String secret) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + TelegramWebhook.PATH))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (secret != null) {
            request.header("X-Telegram-Bot-Api-Secret-Token", secret);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
