package ruhr.welcome.bot.outbox;

import ruhr.welcome.bot.conversation.Channel;

/** Delivers outbox messages of one channel. */
public interface ChannelSender {

    Channel channel();

    SendResult send(String chatId, String method, String payload);
}
