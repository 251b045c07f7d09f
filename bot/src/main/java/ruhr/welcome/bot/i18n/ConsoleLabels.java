package ruhr.welcome.bot.i18n;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

import ruhr.welcome.knowledge.faq.City;
import ruhr.welcome.knowledge.faq.Topic;

/**
 * Names of languages, cities, topics and weekdays for console pages, in the console's language
 * (German or English), taken from the same sources as the bot's, so both always agree.
 */
@Component
public class ConsoleLabels {

    private static final ZoneId RUHR = ZoneId.of("Europe/Berlin");

    /** A choice in a form: the value sent, what people read, and whether it is chosen. */
    public record Option(String value, String label, boolean checked) {
    }

    private final BotTexts texts;

    ConsoleLabels(BotTexts texts) {
        this.texts = texts;
    }

    /** The bot texts' language for a console locale: English for English, German otherwise. */
    public static String lang(Locale locale) {
        return "en".equals(locale.getLanguage()) ? "en" : "de";
    }

    public String language(String code, Locale locale) {
        return BotTexts.languageName(code, lang(locale));
    }

    public String topic(String id, Locale locale) {
        return Topic.byId(id).isPresent() ? texts.text(lang(locale), "topic." + id) : id;
    }

    public static String city(String id) {
        return City.byId(id).map(City::displayName).orElse(id);
    }

    public static String weekday(int isoDay, Locale locale) {
        return DayOfWeek.of(isoDay).getDisplayName(TextStyle.FULL, locale);
    }

    /** A moment in the region's local time, short and in the console's language. */
    public static String dateTime(Instant at, Locale locale) {
        return at == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(locale).format(at.atZone(RUHR));
    }

    public List<Option> languages(Collection<String> chosen, Locale locale) {
        return texts.languages().stream().map(l -> new Option(l, language(l, locale) + " (" + l + ")", chosen.contains(l))).toList();
    }

    public static List<Option> cities(Collection<String> chosen) {
        return Arrays.stream(City.values()).map(c -> new Option(c.id(), c.displayName(), chosen.contains(c.id()))).toList();
    }

    public List<Option> topics(Collection<String> chosen, Locale locale) {
        return Arrays.stream(Topic.values()).map(t -> new Option(t.id(), topic(t.id(), locale), chosen.contains(t.id()))).toList();
    }

    /** The languages the bot speaks, for checking a form's choice. */
    public List<String> languageCodes() {
        return texts.languages();
    }
}
