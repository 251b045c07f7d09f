package ruhr.welcome.bot.conversation;

/**
 * Where a message we sent landed, so that it can be changed later: the channel's id of it where
 * known at once (a web chat line), else the outbox message that will learn it on delivery (Telegram).
 */
public record Posted(Long messageId, Long outboxId) {

    public Posted {
        if ((messageId == null) == (outboxId == null)) {
            throw new IllegalArgumentException("a posted message is known by exactly one of its ids");
        }
    }

    public static Posted known(long messageId) {
        return new Posted(messageId, null);
    }

    public static Posted pending(long outboxId) {
        return new Posted(null, outboxId);
    }
}
