package ruhr.welcome.bot.guide;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import ruhr.welcome.bot.conversation.Reply;
import ruhr.welcome.bot.conversation.Reply.Button;
import ruhr.welcome.bot.i18n.BotTexts;
import ruhr.welcome.knowledge.faq.City;
import ruhr.welcome.knowledge.faq.Topic;

/**
 * The guide's profile, set up step by step in the bot: name, languages, cities, topics, weekly
 * times, chats at once. Multiple choices are toggle buttons with a tick; "Done" moves on.
 */
@Component
class GuideSetupFlow {

    /** The weekly slots a guide can tick, in the region's local time. */
    static final List<LocalTime[]> SLOTS = List.of(
            new LocalTime[] {LocalTime.of(9, 0), LocalTime.of(12, 0)},
            new LocalTime[] {LocalTime.of(13, 0), LocalTime.of(17, 0)},
            new LocalTime[] {LocalTime.of(17, 0), LocalTime.of(21, 0)});

    private final BotTexts texts;

    GuideSetupFlow(BotTexts texts) {
        this.texts = texts;
    }

    /** The question for the guide's current step. */
    Reply prompt(Guide guide, String lang) {
        return switch (guide.getSetupStep()) {
            case NAME -> Reply.text(lang, texts.text(lang, "guide.ask-name", Map.of("max", Guide.MAX_NAME)));
            case LANGUAGES -> choice(lang, "guide.ask-languages", texts.languages().stream()
                    .map(l -> new Button(tick(guide.getLanguages().contains(l)) + BotTexts.autonym(l), GuideButtons.language(l)))
                    .toList(), 3);
            case CITIES -> choice(lang, "guide.ask-cities", Arrays.stream(City.values())
                    .map(c -> new Button(tick(guide.getCities().contains(c.id())) + c.displayName(), GuideButtons.city(c.id())))
                    .toList(), 2);
            case TOPICS -> choice(lang, "guide.ask-topics", Arrays.stream(Topic.values())
                    .map(t -> new Button(tick(guide.getTopics().contains(t.id())) + texts.text(lang, "topic." + t.id()),
                            GuideButtons.topic(t.id())))
                    .toList(), 2);
            case AVAILABILITY -> choice(lang, "guide.ask-times", windowButtons(guide, lang), 3);
            case CAPACITY -> Reply.text(lang, texts.text(lang, "guide.ask-capacity"), List.of(
                    java.util.stream.IntStream.rangeClosed(1, Guide.MAX_OPEN_CHATS)
                            .mapToObj(n -> new Button(Integer.toString(n), GuideButtons.capacity(n))).toList()));
            case READY -> Reply.text(lang, texts.text(lang, "guide.ready", Map.of("name", guide.getDisplayName())));
        };
    }

    /** Applies one answer to the current step; returns the next question (or the same, re-ticked). */
    Reply answer(Guide guide, GuideButtons.Parsed button, String lang) {
        try {
            switch (button.kind()) {
                case LANGUAGE -> requireKnown(texts.languages().contains(button.args().getFirst()), () -> guide.toggleLanguage(button.args().getFirst()));
                case CITY -> requireKnown(City.byId(button.args().getFirst()).isPresent(), () -> guide.toggleCity(button.args().getFirst()));
                case TOPIC -> requireKnown(Topic.byId(button.args().getFirst()).isPresent(), () -> guide.toggleTopic(button.args().getFirst()));
                case WINDOW -> {
                    LocalTime[] slot = SLOTS.get(Integer.parseInt(button.args().get(1)));
                    guide.toggleWindow(new Window(Integer.parseInt(button.args().get(0)), slot[0], slot[1]));
                }
                case DONE -> guide.stepDone();
                case CAPACITY -> guide.capacity(Integer.parseInt(button.args().getFirst()));
                default -> throw new IllegalStateException("not a profile button");
            }
        } catch (IllegalArgumentException e) {
            return Reply.text(lang, texts.text(lang, "guide.choose-one"), prompt(guide, lang).buttons());
        } catch (IllegalStateException e) {
            return prompt(guide, lang); // a button of an earlier step: show the current one again
        }
        return prompt(guide, lang);
    }

    Reply name(Guide guide, String text, String lang) {
        try {
            guide.name(text);
        } catch (IllegalArgumentException e) {
            return Reply.text(lang, texts.text(lang, "guide.ask-name", Map.of("max", Guide.MAX_NAME)));
        }
        return prompt(guide, lang);
    }

    private List<Button> windowButtons(Guide guide, String lang) {
        var buttons = new ArrayList<Button>();
        for (int day = 1; day <= 7; day++) {
            for (int slot = 0; slot < SLOTS.size(); slot++) {
                LocalTime[] times = SLOTS.get(slot);
                boolean on = guide.getWindows().contains(new Window(day, times[0], times[1]));
                buttons.add(new Button(tick(on) + BotTexts.weekday(day, lang) + " " + times[0].getHour() + "–" + times[1].getHour(),
                        GuideButtons.window(day, slot)));
            }
        }
        return buttons;
    }

    private Reply choice(String lang, String key, List<Button> options, int perRow) {
        var rows = new ArrayList<List<Button>>();
        for (int i = 0; i < options.size(); i += perRow) {
            rows.add(options.subList(i, Math.min(options.size(), i + perRow)));
        }
        rows.add(List.of(new Button(texts.text(lang, "guide.done"), GuideButtons.done())));
        return Reply.text(lang, texts.text(lang, key), rows);
    }

    private static void requireKnown(boolean known, Runnable change) {
        if (!known) {
            throw new IllegalArgumentException("unknown choice");
        }
        change.run();
    }

    private static String tick(boolean on) {
        return on ? "✅ " : "";
    }
}
