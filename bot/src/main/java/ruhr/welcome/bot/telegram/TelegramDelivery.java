package ruhr.welcome.bot.telegram;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.CopyMessage;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageCaption;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;

import ruhr.welcome.bot.conversation.Channel;
import ruhr.welcome.bot.conversation.ChatDelivery;
import ruhr.welcome.bot.conversation.ChatRef;
import ruhr.welcome.bot.conversation.Posted;
import ruhr.welcome.bot.conversation.Reply;
import ruhr.welcome.bot.outbox.Outbox;

/**
 * Telegram messages through the outbox; own messages are passed on with copyMessage (no forward
 * header). Messages that may be edited later keep the id Telegram gives them; an edit enqueued
 * before that id is known follows its message in the chat's order and gets the id at sending.
 */
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

    @Override
    public Posted post(ChatRef to, Reply reply) {
        List<SendMessage> parts = TelegramReplies.toMessages(to.externalId(), reply);
        parts.subList(0, parts.size() - 1).forEach(message -> enqueue(to, "sendMessage", message));
        return Posted.pending(outbox.enqueueKeepingId(to, "sendMessage", json(parts.getLast())));
    }

    /** Stops the spinner on a tapped button. */
    void answerCallback(ChatRef chat, String callbackId) {
        enqueue(chat, "answerCallbackQuery", AnswerCallbackQuery.builder().callbackQueryId(callbackId).build());
    }

    @Override
    public Optional<Posted> copy(ChatRef from, long messageId, ChatRef to) {
        var copy = CopyMessage.builder().chatId(to.externalId()).fromChatId(from.externalId()).messageId((int) messageId).build();
        return Optional.of(Posted.pending(outbox.enqueueKeepingId(to, "copyMessage", json(copy))));
    }

    /** A copy shows the text as its author wrote it, so the edit is plain text too, without our HTML. */
    @Override
    public void editCopy(ChatRef to, Posted copy, String text, boolean caption) {
        Integer id = messageId(copy);
        if (caption) {
            edit(to, copy, "editMessageCaption", EditMessageCaption.builder().chatId(to.externalId()).messageId(id)
                    .caption(text).build());
        } else {
            edit(to, copy, "editMessageText", EditMessageText.builder().chatId(to.externalId()).messageId(id)
                    .text(text).build());
        }
    }

    @Override
    public void replace(ChatRef to, Posted message, Reply reply) {
        edit(to, message, "editMessageText", TelegramReplies.toEdit(to.externalId(), messageId(message), reply));
    }

    private void edit(ChatRef to, Posted target, String method, Object body) {
        if (target.messageId() != null) {
            enqueue(to, method, body);
        } else {
            outbox.enqueueChange(to, method, json(body), target.outboxId());
        }
    }

    private static Integer messageId(Posted posted) {
        return posted.messageId() == null ? null : Math.toIntExact(posted.messageId());
    }

    private void enqueue(ChatRef to, String method, Object body) {
        outbox.enqueue(to, method, json(body));
    }

    private static String json(Object body) {
        try {
            return TelegramSender.JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
