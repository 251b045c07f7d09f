package ruhr.welcome.bot.telegram;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.springframework.context.annotation.Conditional;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.telegram.telegrambots.meta.api.objects.Update;

import ruhr.welcome.bot.conversation.Channel;
import ruhr.welcome.bot.inbound.InboundStore;

/**
 * Webhook mode: Telegram posts each update here. The secret token is checked on every call; the
 * update is stored and acknowledged at once, and handled by whichever instance claims it first.
 */
@RestController
@Conditional({TelegramEnabled.class, WebhookMode.class})
class TelegramWebhook {

    static final String PATH = "/telegram/webhook";
    private static final int MAX_BODY = 1_000_000;

    private final InboundStore store;
    private final byte[] secret;

    TelegramWebhook(InboundStore store, TelegramProperties properties) {
        this.store = store;
        this.secret = properties.webhookSecret().getBytes(StandardCharsets.UTF_8);
    }

    @PostMapping(PATH)
    ResponseEntity<Void> receive(@RequestHeader(name = "X-Telegram-Bot-Api-Secret-Token", required = false) String token,
                                 @RequestBody(required = false) String body) {
        if (token == null || !MessageDigest.isEqual(secret, token.getBytes(StandardCharsets.UTF_8))) {
            return ResponseEntity.status(401).build();
        }
        if (body == null || body.length() > MAX_BODY) {
            return ResponseEntity.badRequest().build();
        }
        Update update;
        try {
            update = TelegramSender.JSON.readValue(body, Update.class);
        } catch (JsonProcessingException e) {
            return ResponseEntity.badRequest().build();
        }
        if (update.getUpdateId() == null) {
            return ResponseEntity.badRequest().build();
        }
        store.store(Channel.TELEGRAM, update.getUpdateId(), TelegramUpdates.chatKey(update), body);
        return ResponseEntity.ok().build();
    }
}
