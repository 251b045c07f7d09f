package ruhr.welcome.bot.telegram;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.telegram.telegrambots.meta.api.objects.Update;

import ruhr.welcome.bot.conversation.Channel;
import ruhr.welcome.bot.conversation.ConversationEngine;
import ruhr.welcome.bot.conversation.Reply;
import ruhr.welcome.bot.guide.GuideDesk;
import ruhr.welcome.bot.i18n.BotTexts;
import ruhr.welcome.bot.inbound.InboundHandler;

/** A stored Telegram update through the engine; its replies go to the outbox in the same transaction. */
class TelegramInbound implements InboundHandler {

    private final ConversationEngine engine;
    private final GuideDesk guides;
    private final TelegramDelivery delivery;
    private final BotTexts texts;

    TelegramInbound(ConversationEngine engine, GuideDesk guides, TelegramDelivery delivery, BotTexts texts) {
        this.engine = engine;
        this.guides = guides;
        this.delivery = delivery;
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
                var incoming = conversation.message();
                if (conversation.callbackId() != null) {
                    delivery.answerCallback(incoming.chat(), conversation.callbackId());
                }
                // a guide's account talks to the guide desk, never to the newcomers' engine
                guides.handle(incoming).orElseGet(() -> engine.handle(incoming))
                        .forEach(reply -> delivery.send(incoming.chat(), reply));
            }
            case TelegramUpdates.Routed.NotPrivate group -> {
                String lang = texts.languages().contains("en") ? "en" : texts.languages().getFirst();
                delivery.send(TelegramUpdates.chat(group.chatId()), Reply.text(lang, texts.text(lang, "error.group")));
            }
            case TelegramUpdates.Routed.Ignore ignored -> {
            }
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
