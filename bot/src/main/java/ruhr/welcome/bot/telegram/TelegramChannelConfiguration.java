package ruhr.welcome.bot.telegram;

import java.net.URI;
import java.time.Duration;

import okhttp3.OkHttpClient;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.generics.TelegramClient;

import ruhr.welcome.bot.conversation.ConversationEngine;
import ruhr.welcome.bot.guide.GuideDesk;
import ruhr.welcome.bot.i18n.BotTexts;
import ruhr.welcome.bot.inbound.InboundStore;
import ruhr.welcome.bot.outbox.Outbox;

/** The Telegram channel, wired by hand: TelegramBots 10 has no Spring Boot 4 starter. */
@Configuration(proxyBeanMethods = false)
@Conditional(TelegramEnabled.class)
class TelegramChannelConfiguration {

    @Bean
    TelegramUrl telegramUrl(TelegramProperties properties) {
        URI api = properties.apiUrl();
        int port = api.getPort() > 0 ? api.getPort() : ("https".equals(api.getScheme()) ? 443 : 80);
        return new TelegramUrl(api.getScheme(), api.getHost(), port, false);
    }

    /** Long polling waits up to 50 s for updates, so its reads may take longer than any send. */
    @Bean
    OkHttpClient telegramHttp() {
        return new OkHttpClient.Builder().connectTimeout(Duration.ofSeconds(10)).readTimeout(Duration.ofSeconds(75))
                .callTimeout(Duration.ofSeconds(90)).build();
    }

    @Bean
    TelegramClient telegramClient(OkHttpClient telegramHttp, TelegramProperties properties, TelegramUrl telegramUrl) {
        var sending = telegramHttp.newBuilder().readTimeout(properties.sendTimeout())
                .callTimeout(properties.sendTimeout().plusSeconds(5)).build();
        return new OkHttpTelegramClient(sending, properties.token(), telegramUrl);
    }

    @Bean
    TelegramSender telegramSender(TelegramClient telegramClient) {
        return new TelegramSender(telegramClient);
    }

    @Bean
    TelegramDelivery telegramDelivery(Outbox outbox) {
        return new TelegramDelivery(outbox);
    }

    @Bean
    TelegramInbound telegramInbound(ConversationEngine engine, GuideDesk guides, TelegramDelivery delivery, BotTexts texts) {
        return new TelegramInbound(engine, guides, delivery, texts);
    }

    @Bean
    TelegramPolling telegramPolling(TelegramProperties properties, TelegramUrl telegramUrl, OkHttpClient telegramHttp,
                                    InboundStore store) {
        return new TelegramPolling(properties, telegramUrl, telegramHttp, store);
    }

    @Bean
    @Conditional(WebhookMode.class)
    TelegramWebhookRegistration telegramWebhookRegistration(TelegramClient telegramClient, TelegramProperties properties) {
        return new TelegramWebhookRegistration(telegramClient, properties);
    }

    @Bean
    TelegramCommandMenus telegramCommandMenus(TelegramClient telegramClient, BotTexts texts) {
        return new TelegramCommandMenus(telegramClient, texts);
    }
}
