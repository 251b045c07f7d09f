package ruhr.welcome.bot.telegram;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

import ruhr.welcome.bot.conversation.Channel;
import ruhr.welcome.bot.inbound.InboundStore;

/**
 * Long polling: each batch of updates is stored before the call returns, because the library
 * confirms them to Telegram with its next request. Storing is retried until it succeeds, so an
 * outage of the database delays updates but never drops them.
 */
class TelegramPolling implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(TelegramPolling.class);
    private static final List<String> ALLOWED_UPDATES = List.of("message", "edited_message", "callback_query");

    private final TelegramProperties properties;
    private final TelegramUrl url;
    private final OkHttpClient http;
    private final InboundStore store;
    private TelegramBotsLongPollingApplication application;
    private volatile boolean running;

    TelegramPolling(TelegramProperties properties, TelegramUrl url, OkHttpClient http, InboundStore store) {
        this.properties = properties;
        this.url = url;
        this.http = http;
        this.store = store;
    }

    @Override
    public void start() {
        if (properties.mode() != TelegramProperties.Mode.LONG_POLLING) {
            return;
        }
        running = true;
        application = new TelegramBotsLongPollingApplication(() -> TelegramSender.JSON, () -> http);
        try {
            application.registerBot(properties.token(), () -> url,
                    last -> GetUpdates.builder().offset(last + 1).limit(100).timeout(50)
                            .allowedUpdates(ALLOWED_UPDATES).build(),
                    this::storeAll);
        } catch (TelegramApiException e) {
            throw new IllegalStateException("cannot start Telegram long polling: " + e.getMessage(), e);
        }
    }

    void storeAll(List<Update> updates) {
        var received = new ArrayList<InboundStore.Received>(updates.size());
        for (Update update : updates) {
            try {
                received.add(new InboundStore.Received(update.getUpdateId(), TelegramUpdates.chatKey(update),
                        TelegramSender.JSON.writeValueAsString(update)));
            } catch (JsonProcessingException e) {
                log.error("Telegram update {} cannot be serialised; skipped", update.getUpdateId());
            }
        }
        // one transaction for the whole answer: a failure stores none of it, so retrying it is safe
        while (running) {
            try {
                store.storeAll(Channel.TELEGRAM, received);
                return;
            } catch (RuntimeException e) {
                log.warn("Storing {} Telegram updates failed, retrying: {}", received.size(), e.toString());
                sleepQuietly();
            }
        }
    }

    @Override
    public void stop() {
        running = false;
        if (application != null) {
            try {
                application.close();
            } catch (Exception e) {
                log.warn("Stopping Telegram long polling: {}", e.toString());
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private static void sleepQuietly() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
