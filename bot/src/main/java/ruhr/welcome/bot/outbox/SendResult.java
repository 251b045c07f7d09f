package ruhr.welcome.bot.outbox;

import java.time.Duration;

/** What a channel said about one delivery attempt. */
public sealed interface SendResult {

    /** Delivered; {@code messageId} is the channel's id of the new message, where it says one. */
    record Sent(Long messageId) implements SendResult {
        public Sent() {
            this(null);
        }
    }

    /** Temporarily refused (rate limit, server error, timeout); {@code after} null means: use the backoff. */
    record Retry(Duration after, String reason) implements SendResult {
    }

    /** The person blocked the bot or the chat is gone: never retried. */
    record Unreachable(String reason) implements SendResult {
    }

    /** The channel refused the message itself; retrying would not help. */
    record Rejected(String reason) implements SendResult {
    }
}
