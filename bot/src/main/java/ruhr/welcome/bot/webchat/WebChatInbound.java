package ruhr.welcome.bot.webchat;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import ruhr.welcome.bot.conversation.Channel;
import ruhr.welcome.bot.conversation.ChatRef;
import ruhr.welcome.bot.conversation.ConversationEngine;
import ruhr.welcome.bot.conversation.ConversationForgotten;
import ruhr.welcome.bot.conversation.Inbound;
import ruhr.welcome.bot.conversation.IncomingMessage;
import ruhr.welcome.bot.conversation.Reply;
import ruhr.welcome.bot.handoff.HandoffEvents.HandoffTranscriptExpired;
import ruhr.welcome.bot.inbound.InboundHandler;

/**
 * A stored web chat message through the same engine as Telegram; the newcomer's bubble and the
 * bot's replies are written to the transcript in the processing transaction.
 */
@Component
class WebChatInbound implements InboundHandler {

    private final ConversationEngine engine;
    private final Transcript transcript;
    private final JsonMapper json;

    WebChatInbound(ConversationEngine engine, Transcript transcript, JsonMapper json) {
        this.engine = engine;
        this.transcript = transcript;
        this.json = json;
    }

    @Override
    public Channel channel() {
        return Channel.WEB;
    }

    @Override
    public void handle(String payload) {
        WebUpdate update = json.readValue(payload, WebUpdate.class);
        boolean tapped = update.button() != null;
        if (!update.silent()) {
            transcript.newcomerSaid(update.chat(), update.clientId(),
                    WebChatHtml.typed(tapped ? update.label() : update.text()));
        }
        Inbound content = tapped ? new Inbound.Button(update.button()) : Inbound.typed(update.text());
        var message = new IncomingMessage(new ChatRef(Channel.WEB, update.chat()), update.lang(), content);
        for (Reply reply : engine.handle(message)) {
            transcript.botSaid(update.chat(), reply);
        }
    }

    /** A chat with a guide is kept only for the transcript period: its lines go, the rest of the chat stays. */
    @EventListener
    void transcriptExpired(HandoffTranscriptExpired expired) {
        if (expired.newcomer().channel() == Channel.WEB) {
            transcript.deleteBetween(expired.newcomer().externalId(), expired.from(), expired.until());
        }
    }

    /** /forget (or retention) removes the browser's copy in the same transaction. */
    @EventListener
    void forgotten(ConversationForgotten event) {
        if (event.chat().channel() == Channel.WEB) {
            transcript.delete(event.chat().externalId());
        }
    }
}
