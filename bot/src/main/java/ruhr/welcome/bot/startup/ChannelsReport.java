package ruhr.welcome.bot.startup;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import ruhr.welcome.bot.telegram.TelegramProperties;

/** Tells the operator, once, where the service can be reached and whether Telegram is connected. */
@Component
class ChannelsReport {

    private static final Logger log = LoggerFactory.getLogger(ChannelsReport.class);

    private final TelegramProperties telegram;

    ChannelsReport(TelegramProperties telegram) {
        this.telegram = telegram;
    }

    @EventListener
    void onReady(ApplicationReadyEvent event) {
        String base = "http://localhost:" + port(event);
        if (telegram.enabled()) {
            log.info("Telegram channel on ({}); web chat at {}/chat, console at {}/admin",
                    telegram.mode().name().toLowerCase().replace('_', ' '), base, base);
        } else {
            log.info("Telegram channel is off (no WELCOME_TELEGRAM_TOKEN); web chat at {}/chat, console at {}/admin",
                    base, base);
        }
    }

    private static int port(ApplicationReadyEvent event) {
        if (event.getApplicationContext() instanceof WebServerApplicationContext web && web.getWebServer() != null) {
            return web.getWebServer().getPort();
        }
        return 8080;
    }
}
