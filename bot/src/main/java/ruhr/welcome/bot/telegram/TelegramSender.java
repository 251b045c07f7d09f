package ruhr.welcome.bot.telegram;

import java.time.Duration;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.CopyMessage;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageCaption;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.MessageId;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

import ruhr.welcome.bot.conversation.Channel;
import ruhr.welcome.bot.outbox.ChannelSender;
import ruhr.welcome.bot.outbox.SendResult;

/**
 * Delivers outbox messages through the Bot API and says what Telegram answered, with the id of the
 * message it created (sendMessage, copyMessage) so that it can be edited later.
 */
class TelegramSender implements ChannelSender {

    static final ObjectMapper JSON = new ObjectMapper();

    private static final Map<String, Class<? extends BotApiMethod<?>>> METHODS = Map.of(
            "sendMessage", SendMessage.class,
            "answerCallbackQuery", AnswerCallbackQuery.class,
            "editMessageText", EditMessageText.class,
            "editMessageCaption", EditMessageCaption.class,
            "copyMessage", CopyMessage.class);

    private final TelegramClient client;

    TelegramSender(TelegramClient client) {
        this.client = client;
    }

    @Override
    public Channel channel() {
        return Channel.TELEGRAM;
    }

    @Override
    public SendResult send(String chatId, String method, String payload) {
        return execute(method, payload, null);
    }

    /** An edit of a message whose id became known after the edit was enqueued. */
    @Override
    public SendResult send(String chatId, String method, String payload, long messageId) {
        return execute(method, payload, messageId);
    }

    private SendResult execute(String method, String payload, Long messageId) {
        Class<? extends BotApiMethod<?>> type = METHODS.get(method);
        if (type == null) {
            return new SendResult.Rejected("unknown method " + method);
        }
        try {
            @SuppressWarnings("unchecked")
            var call = (BotApiMethod<java.io.Serializable>) JSON.treeToValue(withMessageId(payload, messageId), type);
            return new SendResult.Sent(createdMessageId(client.execute(call)));
        } catch (TelegramApiRequestException e) {
            return fromError(e);
        } catch (TelegramApiException e) {
            return new SendResult.Retry(null, "network: " + e.getClass().getSimpleName());
        } catch (java.io.IOException e) {
            return new SendResult.Rejected("unreadable payload");
        }
    }

    private static ObjectNode withMessageId(String payload, Long messageId) throws java.io.IOException {
        ObjectNode body = (ObjectNode) JSON.readTree(payload);
        if (messageId != null) {
            body.put("message_id", messageId);
        }
        return body;
    }

    /** sendMessage answers with the message, copyMessage with its id; edits name an existing one. */
    private static Long createdMessageId(java.io.Serializable result) {
        return switch (result) {
            case Message message -> message.getMessageId() == null ? null : message.getMessageId().longValue();
            case MessageId id -> id.getMessageId();
            case null, default -> null;
        };
    }

    private static SendResult fromError(TelegramApiRequestException e) {
        Integer code = e.getErrorCode();
        if (code == null) {
            return new SendResult.Retry(null, "no error code");
        }
        if (code == 429) {
            Integer after = e.getParameters() == null ? null : e.getParameters().getRetryAfter();
            return new SendResult.Retry(after == null ? null : Duration.ofSeconds(after), "429 too many requests");
        }
        if (code == 403) {
            return new SendResult.Unreachable("403 " + e.getApiResponse());
        }
        if (code >= 500) {
            return new SendResult.Retry(null, code + " server error");
        }
        if (code == 400 && e.getApiResponse() != null && e.getApiResponse().contains("message is not modified")) {
            // an edit that was already there, e.g. a copy made after its author's edit: the chat shows what it should
            return new SendResult.Sent();
        }
        // a callback answered too late is no reason to keep trying
        return new SendResult.Rejected(code + " " + e.getApiResponse());
    }
}
