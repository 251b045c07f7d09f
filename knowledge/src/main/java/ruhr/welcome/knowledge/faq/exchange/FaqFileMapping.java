package ruhr.welcome.knowledge.faq.exchange;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;

import tools.jackson.databind.json.JsonMapper;

import ruhr.welcome.knowledge.faq.EntryStatus;
import ruhr.welcome.knowledge.faq.FaqEntry;
import ruhr.welcome.knowledge.faq.FaqLink;
import ruhr.welcome.knowledge.faq.FaqText;

/**
 * Between the stored entry and its exchange form; both directions keep every field. The console
 * keeps versions of an entry in this form too, so a version can always be imported again.
 */
public final class FaqFileMapping {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private FaqFileMapping() {
    }

    public static FaqFile.Entry toFile(FaqEntry entry) {
        var texts = new LinkedHashMap<String, FaqFile.Text>();
        entry.getTexts().forEach((lang, text) -> texts.put(lang, new FaqFile.Text(text.getQuestion(),
                text.getAlternates(), text.getAnswer(),
                text.getLinks().stream().map(l -> new FaqFile.Link(l.getTitle(), l.getUrl())).toList())));
        return new FaqFile.Entry(entry.getKey(), entry.getTopics(), entry.getAudiences(), entry.getCity(),
                entry.getVariantOf(), status(entry.getStatus()), entry.getLastReviewed(), texts);
    }

    /** The status as the file writes it ({@code draft}, {@code review}, {@code published}). */
    public static String status(EntryStatus status) {
        return status.name().toLowerCase(Locale.ROOT);
    }

    /** Makes the stored entry say what the file entry says, status included. */
    public static void apply(FaqFile.Entry source, FaqEntry target) {
        target.setTopics(source.topics());
        target.setAudiences(source.audiences());
        target.setScope(source.city(), source.variantOf());
        target.setStatus(EntryStatus.valueOf(source.status().toUpperCase(Locale.ROOT)));
        target.setLastReviewed(source.lastReviewed());
        List.copyOf(target.getTexts().keySet()).stream()
                .filter(lang -> !source.texts().containsKey(lang))
                .forEach(target::removeText);
        var contents = new LinkedHashMap<String, FaqText.Content>();
        source.texts().forEach((lang, text) -> contents.put(lang, new FaqText.Content(text.question(), text.alternates(),
                text.answer(), text.links().stream().map(l -> new FaqLink(l.title(), l.url())).toList())));
        target.putTexts(contents);
    }

    /**
     * An entry this class wrote with {@link #toJson}, read back as it was, without the checks of
     * {@link FaqFileReader#readEntry} (rules may have tightened since it was written).
     */
    public static FaqFile.Entry fromJson(String entryJson) {
        return JSON.readValue(entryJson, FaqFile.Entry.class);
    }

    /** One entry as a JSON object of the exchange format. */
    public static String toJson(FaqFile.Entry entry) {
        return JSON.writeValueAsString(entry);
    }
}
