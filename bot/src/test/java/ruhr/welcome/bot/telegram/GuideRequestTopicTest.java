package ruhr.welcome.bot.telegram;

import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import ruhr.welcome.bot.telegram.FakeBotApi.Updates;
import ruhr.welcome.knowledge.faq.PublishedFaq;

import static org.assertj.core.api.Assertions.assertThat;

/** A request for a guide after a question carries that question's topic, for matching and the brief. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class GuideRequestTopicTest {

    private static final String TOKEN = "4545:topic-token";
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final FakeBotApi API = FakeBotApi.onLoopback(TOKEN);

    @DynamicPropertySource
    static void telegram(DynamicPropertyRegistry properties) {
        properties.add("welcome.telegram.token", () -> TOKEN);
        properties.add("welcome.telegram.api-url", API::baseUrl);
        properties.add("welcome.outbox.per-chat-interval", () -> "0s");
    }

    @AfterAll
    static void stop() {
        API.close();
    }

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PublishedFaq faq;

    @Test
    void theTopicOfTheAnsweredQuestionIsPrefilled() throws Exception {
        long chat = 9601;
        API.offer(Updates.text(chat, "de", "Wie lange dauert die Blaue Karte?"));
        API.await(call -> call.chatId().equals(Long.toString(chat)), 1, WAIT);
        API.offer(Updates.text(chat, "de", "/guide"));
        API.await(call -> call.chatId().equals(Long.toString(chat)), 2, WAIT);

        String answered = jdbc.queryForObject("select top_entry_keys[1] from question_log order by id desc limit 1", String.class);
        String topic = jdbc.queryForObject("""
                select h.topic from handoff h join conversation c on c.id = h.conversation_id where c.external_id = ?""",
                String.class, Long.toString(chat));
        assertThat(topic).isNotNull().isIn(faq.byKey(answered).orElseThrow().topics()).isNotEqualTo("advice");
    }

    @Test
    void noQuestionNoTopic() throws Exception {
        long chat = 9602;
        API.offer(Updates.text(chat, "de", "/guide"));
        API.await(call -> call.chatId().equals(Long.toString(chat)), 1, WAIT);

        assertThat(jdbc.queryForObject("""
                select h.topic from handoff h join conversation c on c.id = h.conversation_id where c.external_id = ?""",
                String.class, Long.toString(chat))).isNull();
    }
}
