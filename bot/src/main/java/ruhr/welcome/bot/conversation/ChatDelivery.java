package ruhr.welcome.bot.conversation;

import java.util.Optional;

/**
 * Sends to a chat of one channel outside the engine's own replies: a guide's message to a
 * newcomer, an offer to a guide. Runs inside the caller's transaction, like the engine's replies.
 */
public interface ChatDelivery {

    Channel channel();

    void send(ChatRef to, Reply reply);

    /** Sends, and says where the reply (its last part, which holds the buttons) landed. */
    Posted post(ChatRef to, Reply reply);

    /**
     * Passes someone's own message on unchanged (photos, voice, documents, locations, stickers) where
     * the channel can, without showing where it came from. Empty when it cannot; then send text.
     */
    default Optional<Posted> copy(ChatRef from, long messageId, ChatRef to) {
        return Optional.empty();
    }

    /** Replaces the text of a copy made by {@link #copy}, or the caption when the copied message is media. */
    default void editCopy(ChatRef to, Posted copy, String text, boolean caption) {
        throw new UnsupportedOperationException(channel() + " makes no copies");
    }

    /** Replaces one of our own messages made by {@link #post}; its buttons go unless the new reply has some. */
    void replace(ChatRef to, Posted message, Reply reply);
}
