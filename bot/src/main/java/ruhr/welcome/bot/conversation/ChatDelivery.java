package ruhr.welcome.bot.conversation;

/**
 * Sends to a chat of one channel outside the engine's own replies: a guide's message to a
 * newcomer, an offer to a guide. Runs inside the caller's transaction, like the engine's replies.
 */
public interface ChatDelivery {

    Channel channel();

    void send(ChatRef to, Reply reply);

    /**
     * Passes someone's own message on unchanged (photos, voice, documents, locations, stickers) where
     * the channel can, without showing where it came from. False when it cannot; then send text.
     */
    default boolean copy(ChatRef from, long messageId, ChatRef to) {
        return false;
    }
}
