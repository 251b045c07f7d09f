package ruhr.welcome.bot.outbox;

import java.time.Duration;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Delivery of outgoing messages. The caps mirror Telegram's limits and stay on in production; only
 * a capacity benchmark lifts them.
 *
 * @param perChatInterval at most one message per chat in this interval ({@code WELCOME_OUTBOX_PER_CHAT_INTERVAL})
 * @param globalPerSecond at most this many messages per second in total ({@code WELCOME_OUTBOX_GLOBAL_PER_SECOND})
 * @param maxAge          a message still undelivered after this long is given up ({@code WELCOME_OUTBOX_MAX_AGE})
 * @param senders         messages in flight at once ({@code WELCOME_OUTBOX_SENDERS})
 */
@Validated
@ConfigurationProperties("welcome.outbox")
public record OutboxProperties(
        @NotNull @DefaultValue("1s") Duration perChatInterval,
        @Min(1) @DefaultValue("30") int globalPerSecond,
        @NotNull @DefaultValue("24h") Duration maxAge,
        @Min(1) @DefaultValue("32") int senders) {
}
