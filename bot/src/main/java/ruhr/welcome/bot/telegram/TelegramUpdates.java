package ruhr.welcome.bot.telegram;


import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.message.Message;

import ruhr.welcome.bot.conversation.Channel;
import ruhr.welcome.bot.conversation.ChatRef;
import ruhr.welcome.bot.conversation.Inbound;
import ruhr.welcome.bot.conversation.IncomingMessage;

/**
 * Telegram updates as the engine understands them. Only private chats are conversations; what
 * arrives from groups and channels is answered with a pointer to the private chat, or ignored.
 */
final class TelegramUpdates {

    /** What to do with an update. */
    sealed interface Routed {
        record Conversation(IncomingMessage message, String callbackId) implements Routed {
        }

        /** A message in a group or channel the bot was added to. */
        record NotPrivate(long chatId) implements Routed {
        }

        record Ignore() implements Routed {
        }
    }

    private TelegramUpdates() {
    }

    /**
     * The chat an update belongs to, so that one chat's updates are handled in order; updates that
     * name no chat stand alone. A chat id is personal data: the key is stored, never logged.
     */
    static String chatKey(Update update) {
        Long chatId = null;
        if (update.hasCallbackQuery() && update.getCallbackQuery().getMessage() != null) {
            chatId = update.getCallbackQuery().getMessage().getChatId();
        } else if (update.hasEditedMessage()) {
            chatId = update.getEditedMessage().getChatId();
        } else if (update.hasMessage()) {
            chatId = update.getMessage().getChatId();
        }
        return chatId != null ? Long.toString(chatId) : "update-" + update.getUpdateId();
    }

    static Routed route(Update update) {
        if (update.hasCallbackQuery()) {
            var query = update.getCallbackQuery();
            var message = query.getMessage();
            if (message == null || !"private".equals(message.getChat().getType())) {
                return new Routed.Ignore();
            }
            return new Routed.Conversation(new IncomingMessage(chat(message.getChatId()),
                    query.getFrom().getLanguageCode(), new Inbound.Button(query.getData()),
                    message.getMessageId().longValue()), query.getId());
        }
        if (update.hasEditedMessage()) {
            Message edited = update.getEditedMessage();
            return privateOrNot(edited, edited.hasText() ? new Inbound.Edited(edited.getText(), false)
                    : new Inbound.Edited(edited.getCaption(), true));
        }
        if (update.hasMessage()) {
            return privateOrNot(update.getMessage(), content(update.getMessage()));
        }
        return new Routed.Ignore(); // channel posts, chat member changes, polls ...
    }

    private static Routed privateOrNot(Message message, Inbound content) {
        String type = message.getChat().getType();
        if (!"private".equals(type)) {
            // in groups only a direct command to the bot gets the pointer, so the bot never chatters there
            boolean command = message.hasText() && message.getText().startsWith("/");
            return command ? new Routed.NotPrivate(message.getChatId()) : new Routed.Ignore();
        }
        String language = message.getFrom() == null ? null : message.getFrom().getLanguageCode();
        return new Routed.Conversation(new IncomingMessage(chat(message.getChatId()), language, content,
                message.getMessageId().longValue()), null);
    }

    static Inbound content(Message message) {
        if (message.hasText()) {
            return Inbound.typed(message.getText());
        }
        return new Inbound.Unsupported(kind(message));
    }

    private static String kind(Message message) {
        if (message.hasSticker()) return "sticker";
        if (message.hasPhoto()) return "photo";
        if (message.hasVoice()) return "voice";
        if (message.hasVideo()) return "video";
        if (message.hasDocument()) return "document";
        if (message.hasLocation()) return "location";
        if (message.hasContact()) return "contact";
        return "other";
    }

    static ChatRef chat(long chatId) {
        return new ChatRef(Channel.TELEGRAM, Long.toString(chatId));
    }
}
