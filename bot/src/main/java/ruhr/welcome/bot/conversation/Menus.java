package ruhr.welcome.bot.conversation;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import ruhr.welcome.bot.conversation.Reply.Button;
import ruhr.welcome.bot.i18n.BotTexts;
import ruhr.welcome.knowledge.faq.City;
import ruhr.welcome.knowledge.language.Languages;

/** The bot's menus as button rows, in the conversation's language. */
@Component
class Menus {

    private final BotTexts texts;

    Menus(BotTexts texts) {
        this.texts = texts;
    }

    /** The language the bot's own texts are shown in: the conversation's, or its closest we have. */
    String ui(String lang) {
        if (lang != null && texts.languages().contains(lang)) {
            return lang;
        }
        if (lang != null) {
            for (String fallback : Languages.answerFallbacks(lang)) {
                if (texts.languages().contains(fallback)) {
                    return fallback;
                }
            }
        }
        return texts.languages().contains("en") ? "en" : texts.languages().getFirst();
    }

    String text(Conversation conversation, String key) {
        return texts.text(ui(conversation.getLang()), key);
    }

    Reply say(Conversation conversation, String key, List<List<Button>> buttons) {
        String lang = ui(conversation.getLang());
        return Reply.text(lang, texts.text(lang, key), buttons);
    }

    Reply main(Conversation conversation) {
        return say(conversation, "menu.title", mainButtons(conversation));
    }

    List<List<Button>> mainButtons(Conversation conversation) {
        String lang = ui(conversation.getLang());
        return List.of(
                List.of(button(lang, "menu.ask", ButtonData.menu("ask")), button(lang, "menu.topics", ButtonData.menu("topics"))),
                List.of(button(lang, "menu.person", ButtonData.guide())),
                List.of(button(lang, "menu.language", ButtonData.menu("language")),
                        button(lang, "menu.city", ButtonData.menu("city")),
                        button(lang, "menu.privacy", ButtonData.menu("privacy"))));
    }

    Reply languages(Conversation conversation) {
        var buttons = texts.languages().stream()
                .map(lang -> new Button(BotTexts.autonym(lang), ButtonData.language(lang))).toList();
        return say(conversation, "language.choose", rows(buttons, 3));
    }

    Reply cities(Conversation conversation) {
        var buttons = java.util.Arrays.stream(City.values())
                .map(city -> new Button(city.displayName(), ButtonData.city(city.id()))).toList();
        var rows = new ArrayList<>(rows(buttons, 2));
        rows.add(List.of(button(ui(conversation.getLang()), "city.region", ButtonData.city("region"))));
        return say(conversation, "city.choose", rows);
    }

    /** Buttons laid out in rows of {@code perRow}, so long menus stay readable on a phone. */
    static List<List<Button>> rows(List<Button> buttons, int perRow) {
        var rows = new ArrayList<List<Button>>();
        for (int i = 0; i < buttons.size(); i += perRow) {
            rows.add(List.copyOf(buttons.subList(i, Math.min(i + perRow, buttons.size()))));
        }
        return rows;
    }

    /** Button labels stay on one line on a phone. */
    static String label(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "…";
    }

    Button button(String lang, String key, String data) {
        return new Button(texts.text(lang, key), data);
    }
}
