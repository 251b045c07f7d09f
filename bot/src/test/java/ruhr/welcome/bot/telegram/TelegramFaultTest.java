package ruhr.welcome.bot.telegram;

import java.time.Duration;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import ruhr.welcome.WelcomeBotApplication;
import ruhr.welcome.bot.telegram.FakeBotApi.Fault;
import ruhr.welcome.bot.telegram.FakeBotApi.Updates;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Telegram misbehaves (429 with retry_after, 500, no answer) and the app is stopped between
 * receiving and sending: every reply still arrives, exactly once.
 */
class TelegramFaultTest {

    private static final String TOKEN = "4444:fault-token";
    private static final Duration WAIT = Duration.ofSeconds(30);

    @Test
    void everyReplyArrivesOnceDespiteRateLimitsErrorsAndTimeouts() throws Exception {
        try (var db = EmbeddedPostgres.builder().setCleanDataDirectory(true).start();
             var api = new FakeBotApi(TOKEN);
             var app = start(db, api)) {
            api.failNext("sendMessage", Fault.tooManyRequests(1));
            api.failNext("sendMessage", Fault.serverError());
            api.failNext("sendMessage", Fault.timeout(Duration.ofSeconds(3)));

            api.offer(Updates.text(5001, "en", "/help"));
            api.offer(Updates.text(5002, "de", "/help"));

            api.await(c -> c.method().equals("sendMessage") && c.chatId().equals("5001"), 1, WAIT);
            api.await(c -> c.method().equals("sendMessage") && c.chatId().equals("5002"), 1, WAIT);
            Thread.sleep(2000); // a duplicate would show up by now
            assertThat(api.faultsLeft("sendMessage")).as("every injected failure was hit").isZero();
            assertThat(api.messagesTo(5001)).hasSize(1);
            assertThat(api.messagesTo(5002)).hasSize(1);
        }
    }

    @Test
    void aReplyPendingAtShutdownIsSentOnceAfterTheRestart() throws Exception {
        try (var db = EmbeddedPostgres.builder().setCleanDataDirectory(true).start();
             var api = new FakeBotApi(TOKEN)) {
            for (int i = 0; i < 50; i++) {
                api.failNext("sendMessage", Fault.serverError()); // Telegram is down while the first instance runs
            }
            try (var first = start(db, api)) {
                api.offer(Updates.text(5003, "en", "/privacy"));
                long deadline = System.currentTimeMillis() + WAIT.toMillis();
                while (pendingReplies(first) == 0 && System.currentTimeMillis() < deadline) {
                    Thread.sleep(50);
                }
                assertThat(pendingReplies(first)).as("reply stored before the stop").isEqualTo(1);
            }
            assertThat(api.messagesTo(5003)).isEmpty();
            api.clearFaults();

            try (var second = start(db, api)) {
                api.await(c -> c.method().equals("sendMessage") && c.chatId().equals("5003"), 1, WAIT);
                Thread.sleep(2000);
                assertThat(api.messagesTo(5003)).hasSize(1);
                assertThat(api.messagesTo(5003).getFirst().text()).contains("privacy");
            }
        }
    }

    private static int pendingReplies(ConfigurableApplicationContext app) {
        return app.getBean(org.springframework.jdbc.core.JdbcTemplate.class).queryForObject(
                "select count(*) from outbox_message where chat_id = '5003' and method = 'sendMessage' and state = 'PENDING'",
                Integer.class);
    }

    private static ConfigurableApplicationContext start(EmbeddedPostgres db, FakeBotApi api) {
        return new SpringApplicationBuilder(WelcomeBotApplication.class).run(
                "--spring.datasource.url=" + db.getJdbcUrl("postgres", "postgres"),
                "--spring.datasource.username=postgres",
                "--server.port=0",
                "--welcome.telegram.token=" + TOKEN,
                "--welcome.telegram.api-url=" + api.baseUrl(),
                "--welcome.telegram.send-timeout=1s");
    }
}
