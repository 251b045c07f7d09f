package ruhr.welcome.bot.webchat;

import org.springframework.stereotype.Component;

import ruhr.welcome.bot.conversation.Channel;
import ruhr.welcome.bot.conversation.ChatDelivery;
import ruhr.welcome.bot.conversation.ChatRef;
import ruhr.welcome.bot.conversation.Posted;
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

    @Override
    public Posted post(ChatRef to, Reply reply) {
        return Posted.known(transcript.botSaid(to.externalId(), reply));
    }

    /** The line changes in place; a browser that has it open gets the new version at once. */
    @Override
    public void replace(ChatRef to, Posted message, Reply reply) {
        transcript.replace(to.externalId(), message.messageId(), reply);
    }
}
