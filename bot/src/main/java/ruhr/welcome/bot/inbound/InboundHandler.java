package ruhr.welcome.bot.inbound;

import ruhr.welcome.bot.conversation.Channel;

/** Turns one stored update of a channel into conversation work; runs inside the processing transaction. */
public interface InboundHandler {

    Channel channel();

    void handle(String payload);
}
