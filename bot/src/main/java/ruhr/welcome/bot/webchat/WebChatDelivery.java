package ruhr.welcome.bot.webchat;

import org.springframework.stereotype.Component;

import ruhr.welcome.bot.conversation.Channel;
import ruhr.welcome.bot.conversation.ChatDelivery;
import ruhr.welcome.bot.conversation.ChatRef;
import ruhr.welcome.bot.conversation.Reply;

/** Messages for a web chat newcomer go into their transcript; open browsers get them at once. */
@Component
class WebChatDelivery implements ChatDelivery {

    private final Transcript transcript;

    WebChatDelivery(Transcript transcript) {
        this.transcript = transcript;
    }

    @Override
    public Channel channel() {
        return Channel.WEB;
    }

    @Override
    public void send(ChatRef to, Reply reply) {
        transcript.botSaid(to.externalId(), reply);
    }
}
