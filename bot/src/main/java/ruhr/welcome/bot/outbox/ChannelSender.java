package ruhr.welcome.bot.outbox;

import ruhr.welcome.bot.conversation.Channel;

/** Delivers outbox messages of one channel. */
public interface ChannelSender {

    Channel channel();

    SendResult send(String chatId, String method, String payload);

    /**
     * Sends a change of an earlier message of the same chat (an edit), whose channel id was only
     * known once that message was delivered; the payload names no message, {@code messageId} does.
     */
    default SendResult send(String chatId, String method, String payload, long messageId) {
        return new SendResult.Rejected("this channel cannot change earlier messages");
    }
}
