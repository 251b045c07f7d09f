package ruhr.welcome.bot.telegram;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.util.DefaultGetUpdatesGenerator;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.CopyMessage;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageCaption;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The fake speaks the Bot API well enough for the real TelegramBots client. */
class FakeBotApiTest {

    private static final String TOKEN = "123:test-token";

    private final FakeBotApi api = newApi();

    @AfterEach
    void close() {
        api.close();
    }

    @Test
    void recordsWhatTheRealClientSends() throws Exception {
        var client = client();

        var sent = client.execute(SendMessage.builder().chatId(77L).text("Hallo <b>Welt</b>").parseMode("HTML").build());

        assertThat(sent.getChatId()).isEqualTo(77L);
        assertThat(api.messagesTo(77)).singleElement().extracting(FakeBotApi.Call::text).isEqualTo("Hallo <b>Welt</b>");
    }

    @Test
    void copiesShowTheirSourceAndCaptionsOfCopiesCanBeEdited() throws Exception {
        var client = client();
        var photo = FakeBotApi.Updates.photo(77, "Mietvertrag");
        api.offer(photo);

        var copy = client.execute(CopyMessage.builder().chatId(88L).fromChatId(77L)
                .messageId((int) FakeBotApi.Updates.messageId(photo)).build());
        FakeBotApi.Shown shown = api.shown(88, copy.getMessageId());
        assertThat(shown.media()).isTrue();
        assertThat(shown.content()).isEqualTo("Mietvertrag");
        assertThat(shown.toString()).doesNotContain(FakeBotApi.Updates.FIRST_NAME).doesNotContain(FakeBotApi.Updates.USERNAME);

        var edited = (Message) client.execute(EditMessageCaption.builder().chatId(88L).messageId(copy.getMessageId().intValue())
                .caption("Mietvertrag, Seite 2").build());
        assertThat(edited.getCaption()).isEqualTo("Mietvertrag, Seite 2");
        assertThat(edited.getEditDate()).isNotNull();
        assertThat(api.shown(88, copy.getMessageId()).content()).isEqualTo("Mietvertrag, Seite 2");
        assertThat(api.calls("editMessageCaption")).singleElement().satisfies(call -> assertThat(call.ok()).isTrue());

        assertThat(refusal(() -> client.execute(EditMessageText.builder().chatId(88L)
                .messageId(copy.getMessageId().intValue()).text("x").build()))).contains("there is no text in the message to edit");
        assertThat(refusal(() -> client.execute(EditMessageText.builder().chatId(88L).messageId(4711).text("x").build())))
                .contains("message to edit not found");
        assertThat(refusal(() -> client.execute(EditMessageCaption.builder().chatId(77L)
                .messageId((int) FakeBotApi.Updates.messageId(photo)).caption("x").build()))).contains("message can't be edited");
        assertThat(refusal(() -> client.execute(CopyMessage.builder().chatId(88L).fromChatId(77L).messageId(4711).build())))
                .contains("message to copy not found");
    }

    @Test
    void editingATextWithoutButtonsRemovesThemAndTheSameTextIsNotModified() throws Exception {
        var client = client();
        var keyboard = InlineKeyboardMarkup.builder().keyboard(java.util.List.of(new InlineKeyboardRow(
                InlineKeyboardButton.builder().text("OK").callbackData("ok").build()))).build();
        var sent = client.execute(SendMessage.builder().chatId(77L).text("Angebot").replyMarkup(keyboard).build());
        assertThat(api.shown(77, sent.getMessageId()).replyMarkup()).isNotNull();

        var edited = (Message) client.execute(EditMessageText.builder().chatId(77L).messageId(sent.getMessageId())
                .text("Schon vergeben").build());

        assertThat(edited.getText()).isEqualTo("Schon vergeben");
        assertThat(api.shown(77, sent.getMessageId()).replyMarkup()).isNull();
        assertThat(api.shown(77, sent.getMessageId()).content()).isEqualTo("Schon vergeben");
        assertThat(refusal(() -> client.execute(EditMessageText.builder().chatId(77L).messageId(sent.getMessageId())
                .text("Schon vergeben").build()))).contains("message is not modified");
    }

    private static String refusal(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        var error = catchThrowableOfType(TelegramApiRequestException.class, call);
        assertThat(error.getErrorCode()).isEqualTo(400);
        return error.getApiResponse();
    }

    @Test
    void injectedRateLimitReachesTheClientWithRetryAfter() {
        api.failNext("sendMessage", FakeBotApi.Fault.tooManyRequests(3));

        var error = catchThrowableOfType(TelegramApiRequestException.class,
                () -> client().execute(SendMessage.builder().chatId(77L).text("x").build()));

        assertThat(error.getErrorCode()).isEqualTo(429);
        assertThat(error.getParameters().getRetryAfter()).isEqualTo(3);
        assertThat(api.calls("sendMessage")).isEmpty();
    }

    @Test
    void longPollingDeliversOfferedUpdatesOnce() throws Exception {
        List<Update> received = new CopyOnWriteArrayList<>();
        try (var polling = new TelegramBotsLongPollingApplication()) {
            polling.registerBot(TOKEN, () -> url(), new DefaultGetUpdatesGenerator(), received::addAll);
            api.offer(FakeBotApi.Updates.text(77, "tr", "merhaba"));
            api.offer(FakeBotApi.Updates.callback(77, "m:main"));

            long deadline = System.currentTimeMillis() + 5000;
            while (received.size() < 2 && System.currentTimeMillis() < deadline) {
                Thread.sleep(20);
            }
            Thread.sleep(Duration.ofMillis(700));
        }

        assertThat(received).hasSize(2);
        assertThat(received.getFirst().getMessage().getText()).isEqualTo("merhaba");
        assertThat(received.getFirst().getMessage().getFrom().getLanguageCode()).isEqualTo("tr");
        assertThat(received.get(1).getCallbackQuery().getData()).isEqualTo("m:main");
    }

    private OkHttpTelegramClient client() {
        return new OkHttpTelegramClient(TOKEN, url());
    }

    private TelegramUrl url() {
        var base = java.net.URI.create(api.baseUrl());
        return new TelegramUrl(base.getScheme(), base.getHost(), base.getPort(), false);
    }

    private static FakeBotApi newApi() {
        try {
            return new FakeBotApi(TOKEN);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
