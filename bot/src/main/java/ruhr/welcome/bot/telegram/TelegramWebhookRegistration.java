package ruhr.welcome.bot.telegram;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/** Tells Telegram where to post updates, with the secret it must send back on every call. */
class TelegramWebhookRegistration {

    private static final Logger log = LoggerFactory.getLogger(TelegramWebhookRegistration.class);

    private final TelegramClient client;
    private final TelegramProperties properties;

    TelegramWebhookRegistration(TelegramClient client, TelegramProperties properties) {
        this.client = client;
        this.properties = properties;
    }

    @EventListener(ApplicationReadyEvent.class)
    void register() {
        try {
            client.execute(SetWebhook.builder().url(properties.webhookUrl().toString())
                    .secretToken(properties.webhookSecret())
                    .allowedUpdates(java.util.List.of("message", "edited_message", "callback_query"))
                    .build());
            log.info("Telegram webhook registered");
        } catch (TelegramApiException e) {
            log.error("Telegram webhook not registered: {}", e.getMessage());
        }
    }
}
