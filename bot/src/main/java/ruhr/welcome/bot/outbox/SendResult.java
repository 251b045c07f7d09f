package ruhr.welcome.bot.outbox;

import java.time.Duration;

/** What a channel said about one delivery attempt. */
public sealed interface SendResult {

    record Sent() implements SendResult {
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
