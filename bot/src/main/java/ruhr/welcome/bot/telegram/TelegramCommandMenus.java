package ruhr.welcome.bot.telegram;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

import ruhr.welcome.bot.i18n.BotTexts;

/** Registers the command menu in every language the bot speaks, so Telegram shows it localised. */
class TelegramCommandMenus {

    private static final Logger log = LoggerFactory.getLogger(TelegramCommandMenus.class);
    static final List<String> COMMANDS = List.of("start", "help", "guide", "language", "city", "privacy", "mydata", "forget");

    private final TelegramClient client;
    private final BotTexts texts;

    TelegramCommandMenus(TelegramClient client, BotTexts texts) {
        this.client = client;
        this.texts = texts;
    }

    @EventListener(ApplicationReadyEvent.class)
    void register() {
        Thread.ofVirtual().name("telegram-commands").start(() -> {
            register(null, "en");
            texts.languages().forEach(lang -> register(lang, lang));
        });
    }

    private void register(String languageCode, String lang) {
        var commands = COMMANDS.stream()
                .map(c -> BotCommand.builder().command(c).description(texts.text(lang, "command." + c)).build())
                .toList();
        try {
            client.execute(SetMyCommands.builder().commands(commands).languageCode(languageCode).build());
        } catch (TelegramApiException e) {
            log.warn("Command menu for {} not registered: {}", languageCode == null ? "default" : languageCode,
                    e.getMessage());
        }
    }
}
