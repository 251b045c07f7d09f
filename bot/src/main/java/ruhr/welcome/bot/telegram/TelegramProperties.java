package ruhr.welcome.bot.telegram;

import java.net.URI;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.StringUtils;
import org.springframework.validation.annotation.Validated;

/**
 * The Telegram channel. Without a token the channel is off and the rest of the app runs.
 *
 * @param token         the bot token from BotFather ({@code WELCOME_TELEGRAM_TOKEN}); a secret, never logged
 * @param apiUrl        Bot API base URL, for self-hosted Bot API servers and tests ({@code WELCOME_TELEGRAM_API_URL})
 * @param mode          how updates arrive: {@code long-polling} or {@code webhook} ({@code WELCOME_TELEGRAM_MODE})
 * @param webhookUrl    public HTTPS URL Telegram posts to, in webhook mode ({@code WELCOME_TELEGRAM_WEBHOOK_URL})
 * @param webhookSecret checked against {@code X-Telegram-Bot-Api-Secret-Token} on every call
 *                      ({@code WELCOME_TELEGRAM_WEBHOOK_SECRET})
 * @param sendTimeout   how long one call to send a message may take before it is retried
 *                      ({@code WELCOME_TELEGRAM_SEND_TIMEOUT})
 */
@Validated
@ConfigurationProperties("welcome.telegram")
public record TelegramProperties(
        String token,
        @NotNull @DefaultValue("https://api.telegram.org") URI apiUrl,
        @NotNull @DefaultValue("long-polling") Mode mode,
        URI webhookUrl,
        String webhookSecret,
        @NotNull @DefaultValue("30s") java.time.Duration sendTimeout) {

    public enum Mode { LONG_POLLING, WEBHOOK }

    public TelegramProperties {
        if (!"http".equals(apiUrl.getScheme()) && !"https".equals(apiUrl.getScheme())) {
            throw new IllegalArgumentException("must be an http(s) URL");
        }
        if (mode == Mode.WEBHOOK && (webhookUrl == null || !StringUtils.hasText(webhookSecret))) {
            throw new IllegalArgumentException(
                    "webhook mode needs WELCOME_TELEGRAM_WEBHOOK_URL and WELCOME_TELEGRAM_WEBHOOK_SECRET");
        }
    }

    public boolean enabled() {
        return StringUtils.hasText(token);
    }
}
