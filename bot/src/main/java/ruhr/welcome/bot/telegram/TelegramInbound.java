package ruhr.welcome.bot.telegram;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Update;

import ruhr.welcome.bot.conversation.Channel;
import ruhr.welcome.bot.conversation.ConversationEngine;
import ruhr.welcome.bot.conversation.Reply;
import ruhr.welcome.bot.guide.GuideDesk;
import ruhr.welcome.bot.i18n.BotTexts;
import ruhr.welcome.bot.inbound.InboundHandler;
import ruhr.welcome.bot.outbox.Outbox;

/** A stored Telegram update through the engine; its replies go to the outbox in the same transaction. */
class TelegramInbound implements InboundHandler {

    private final ConversationEngine engine;
    private final GuideDesk guides;
    private final Outbox outbox;
    private final BotTexts texts;

    TelegramInbound(ConversationEngine engine, GuideDesk guides, Outbox outbox, BotTexts texts) {
        this.engine = engine;
        this.guides = guides;
        this.outbox = outbox;
        this.texts = texts;
    }

    @Override
    public Channel channel() {
        return Channel.TELEGRAM;
    }

    @Override
    public void handle(String payload) {
        Update update = read(payload);
        switch (TelegramUpdates.route(update)) {
            case TelegramUpdates.Routed.Conversation conversation -> {
                if (conversation.callbackId() != null) {
                    // stops the spinner on the tapped button
                    enqueue(conversation.message().chat().externalId(), "answerCallbackQuery",
                            AnswerCallbackQuery.builder().callbackQueryId(conversation.callbackId()).build());
                }
                // a guide's account talks to the guide desk, never to the newcomers' engine
                var incoming = conversation.message();
                var replies = guides.handles(incoming) ? guides.handle(incoming) : engine.handle(incoming);
                String chatId = incoming.chat().externalId();
                for (Reply reply : replies) {
                    TelegramReplies.toMessages(chatId, reply).forEach(message -> enqueue(chatId, "sendMessage", message));
                }
            }
            case TelegramUpdates.Routed.NotPrivate group -> {
                String lang = texts.languages().contains("en") ? "en" : texts.languages().getFirst();
                String chatId = Long.toString(group.chatId());
                TelegramReplies.toMessages(chatId, Reply.text(lang, texts.text(lang, "error.group")))
                        .forEach(message -> enqueue(chatId, "sendMessage", message));
            }
            case TelegramUpdates.Routed.Ignore ignored -> {
            }
        }
    }

    private void enqueue(String chatId, String method, Object body) {
        try {
            outbox.enqueue(TelegramUpdates.chat(Long.parseLong(chatId)), method, TelegramSender.JSON.writeValueAsString(body));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Update read(String payload) {
        try {
            return TelegramSender.JSON.readValue(payload, Update.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
