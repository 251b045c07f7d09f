package ruhr.welcome.bot.telegram;

import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import ruhr.welcome.bot.telegram.FakeBotApi.Call;
import ruhr.welcome.bot.telegram.FakeBotApi.Updates;

import static org.assertj.core.api.Assertions.assertThat;

/** Whole conversations through the real TelegramBots client and a fake Bot API on loopback. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class TelegramConversationTest {

    private static final String TOKEN = "4242:e2e-token";
    private static final Duration WAIT = Duration.ofSeconds(20);
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
    JdbcTemplate jdbc;

    @Test
    void deepLinkPresetsLanguageAndCity() throws Exception {
        long chat = 9001;
        API.offer(Updates.text(chat, "en", "/start lang-de_city-dortmund"));

        var greeting = API.await(to(chat), 1, WAIT).getFirst();
        assertThat(greeting.text()).contains("Willkommen bei welcome.ruhr").contains("Dortmund");
        assertThat(greeting.body().path("parse_mode").asText()).isEqualTo("HTML");
    }

    @Test
    void answersGermanTurkishAndArabicInTheirLanguage() throws Exception {
        API.offer(Updates.text(9011, "de", "Wie lange dauert die Blaue Karte?"));
        API.offer(Updates.text(9012, "tr", "Mavi kart ne kadar sürer?"));
        API.offer(Updates.text(9013, "ar", "كم من الوقت تستغرق البطاقة الزرقاء؟"));

        var german = API.await(to(9011), 1, WAIT).getFirst();
        assertThat(german.text()).contains("Blaue Karte");
        assertThat(german.body().at("/reply_markup/inline_keyboard/0/0/callback_data").asText()).startsWith("fb:");
        assertThat(API.await(to(9012), 1, WAIT).getFirst().text()).contains("Mavi Kart");
        var arabic = API.await(to(9013), 1, WAIT).getFirst();
        assertThat(arabic.text() + arabic.body().path("reply_markup")).contains("البطاقة الزرقاء");
    }

    @Test
    void thumbsDownAsksWhatWasMissingAndAnswersTheButton() throws Exception {
        long chat = 9002;
        API.offer(Updates.text(chat, "en", "Where do I get my tax ID?"));
        var answer = API.await(to(chat), 1, WAIT).getFirst();
        String down = answer.body().at("/reply_markup/inline_keyboard/0/1/callback_data").asText();
        assertThat(down).endsWith(":d");

        API.offer(Updates.callback(chat, down));

        var followUp = API.await(to(chat), 2, WAIT).get(1);
        assertThat(followUp.text()).contains("What was missing");
        assertThat(API.await(c -> c.method().equals("answerCallbackQuery"), 1, WAIT)).isNotEmpty();
    }

    @Test
    void stickersAndUnknownCommandsGetAPoliteAnswer() throws Exception {
        long chat = 9003;
        API.offer(Updates.sticker(chat));
        API.offer(Updates.text(chat, "en", "/teleport"));

        var replies = API.await(to(chat), 3, WAIT);
        assertThat(replies.get(0).text()).contains("I can only read text");
        assertThat(replies.get(1).text()).contains("I don't know that command");
    }

    @Test
    void badInputGetsAPoliteAnswerAndChangesNothing() throws Exception {
        long chat = 9004;
        API.offer(Updates.text(chat, "en", "x".repeat(10_000)));
        API.offer(Updates.edited(chat, "changed my mind"));
        API.offer(Updates.callback(chat, "fb:999999:d"));
        API.offer(Updates.callback(chat, "<script>alert(1)</script>"));

        var replies = API.await(to(chat), 4, WAIT);
        assertThat(replies.get(0).text()).contains("very long").contains("1,000");
        assertThat(replies.get(1).text()).contains("edited");
        assertThat(replies.get(2).text()).contains("no longer valid");
        assertThat(replies.get(3).text()).contains("no longer valid");
        assertThat(jdbc.queryForObject("select count(*) from question_log where length(question) > 5000", Integer.class))
                .isZero();
    }

    @Test
    void groupsAreToldToWriteDirectly() throws Exception {
        API.offer(Updates.groupText(-4001, "hello bot"));
        API.offer(Updates.groupText(-4001, "/start@welcome_ruhr_bot"));

        var replies = API.await(to(-4001), 1, WAIT);
        Thread.sleep(1500);
        assertThat(API.messagesTo(-4001)).hasSize(1);
        assertThat(replies.getFirst().text()).contains("private chats");
    }

    @Test
    void browseTopicsSwitchLanguageShowAndForgetMyData() throws Exception {
        long chat = 9005;
        API.offer(Updates.text(chat, "en", "/start"));
        API.await(to(chat), 1, WAIT);
        API.offer(Updates.callback(chat, "m:topics"));
        var audiences = API.await(to(chat), 2, WAIT).get(1);
        assertThat(audiences.text()).contains("Who are you?");

        API.offer(Updates.callback(chat, "ta:all"));
        var topics = API.await(to(chat), 3, WAIT).get(2);
        assertThat(topics.body().path("reply_markup").toString()).contains("tt:housing:all:0");

        API.offer(Updates.callback(chat, "tt:housing:all:0"));
        var entries = API.await(to(chat), 4, WAIT).get(3);
        assertThat(entries.text()).contains("Housing");
        String firstEntry = entries.body().at("/reply_markup/inline_keyboard/0/0/callback_data").asText();
        assertThat(firstEntry).startsWith("te:");

        API.offer(Updates.callback(chat, firstEntry));
        var answer = API.await(to(chat), 5, WAIT).get(4);
        assertThat(answer.text()).contains("<b>").contains("Official information");

        API.offer(Updates.callback(chat, "l:tr"));
        assertThat(API.await(to(chat), 6, WAIT).get(5).text()).contains("Türkçe");

        API.offer(Updates.text(chat, "en", "/mydata"));
        var myData = API.await(to(chat), 7, WAIT).get(6);
        assertThat(myData.text()).contains("Türkçe");

        API.offer(Updates.text(chat, "en", "/forget"));
        var confirm = API.await(to(chat), 8, WAIT).get(7);
        assertThat(confirm.body().at("/reply_markup/inline_keyboard/0/0/callback_data").asText()).isEqualTo("f:y");
        API.offer(Updates.callback(chat, "f:y"));
        API.await(to(chat), 9, WAIT);
        assertThat(jdbc.queryForObject("select count(*) from conversation where external_id = '9005'", Integer.class))
                .isZero();
    }

    @Test
    void unsureQuestionsOfferTheClosestQuestionsAndNoneOfThese() throws Exception {
        long chat = 9006;
        API.offer(Updates.text(chat, "en", "work permit"));
        var clarify = API.await(to(chat), 1, WAIT).getFirst();
        assertThat(clarify.text()).contains("Is it one of these?");
        var keyboard = clarify.body().at("/reply_markup/inline_keyboard");
        assertThat(keyboard.size()).isBetween(3, 4);
        String first = keyboard.get(0).get(0).path("callback_data").asText();
        String none = keyboard.get(keyboard.size() - 1).get(0).path("callback_data").asText();
        assertThat(first).matches("e:\\d+:0");
        assertThat(none).matches("n:\\d+");

        API.offer(Updates.callback(chat, first));
        assertThat(API.await(to(chat), 2, WAIT).get(1).text()).contains("Official information");

        API.offer(Updates.callback(chat, none));
        var noAnswer = API.await(to(chat), 3, WAIT).get(2);
        assertThat(noAnswer.text()).contains("Welcome Guide");
        assertThat(noAnswer.body().at("/reply_markup/inline_keyboard/0/0/callback_data").asText()).startsWith("g:");
    }

    @Test
    void commandMenusAreRegisteredPerLanguage() throws Exception {
        var registered = API.await(c -> c.method().equals("setMyCommands"), 25, WAIT);

        assertThat(registered).extracting(c -> c.body().path("language_code").asText(""))
                .contains("", "de", "tr", "ar", "ku");
    }

    private static java.util.function.Predicate<Call> to(long chat) {
        return c -> c.method().equals("sendMessage") && c.chatId().equals(Long.toString(chat));
    }
}
