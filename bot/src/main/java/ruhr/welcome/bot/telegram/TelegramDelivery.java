package ruhr.welcome.bot.telegram;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.CopyMessage;

import ruhr.welcome.bot.conversation.Channel;
import ruhr.welcome.bot.conversation.ChatDelivery;
import ruhr.welcome.bot.conversation.ChatRef;
import ruhr.welcome.bot.conversation.Reply;
import ruhr.welcome.bot.outbox.Outbox;

/** Telegram messages through the outbox; own messages are passed on with copyMessage (no forward header). */
class TelegramDelivery implements ChatDelivery {

    private final Outbox outbox;

    TelegramDelivery(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public Channel channel() {
        return Channel.TELEGRAM;
    }

    @Override
    public void send(ChatRef to, Reply reply) {
        TelegramReplies.toMessages(to.externalId(), reply).forEach(message -> enqueue(to, "sendMessage", message));
    }

    /** Stops the spinner on a tapped button. */
    void answerCallback(ChatRef chat, String callbackId) {
        enqueue(chat, "answerCallbackQuery", AnswerCallbackQuery.builder().callbackQueryId(callbackId).build());
    }

    @Override
    public boolean copy(ChatRef from, long messageId, ChatRef to) {
        enqueue(to, "copyMessage", CopyMessage.builder().chatId(to.externalId()).fromChatId(from.externalId())
                .messageId((int) messageId).build());
        return true;
    }

    private void enqueue(ChatRef to, String method, Object body) {
        try {
            outbox.enqueue(to, method, TelegramSender.JSON.writeValueAsString(body));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
