package ruhr.welcome.knowledge.faq.exchange;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;

import ruhr.welcome.knowledge.faq.EntryStatus;
import ruhr.welcome.knowledge.faq.FaqEntry;
import ruhr.welcome.knowledge.faq.FaqLink;

/** Between the stored entry and its exchange form; both directions keep every field. */
final class FaqFileMapping {

    private FaqFileMapping() {
    }

    static FaqFile.Entry toFile(FaqEntry entry) {
        var texts = new LinkedHashMap<String, FaqFile.Text>();
        entry.getTexts().forEach((lang, text) -> texts.put(lang, new FaqFile.Text(text.getQuestion(),
                text.getAlternates(), text.getAnswer(),
                text.getLinks().stream().map(l -> new FaqFile.Link(l.getTitle(), l.getUrl())).toList())));
        return new FaqFile.Entry(entry.getKey(), entry.getTopics(), entry.getAudiences(), entry.getCity(),
                entry.getVariantOf(), entry.getStatus().name().toLowerCase(Locale.ROOT), entry.getLastReviewed(), texts);
    }

    static void apply(FaqFile.Entry source, FaqEntry target) {
        target.setTopics(source.topics());
        target.setAudiences(source.audiences());
        target.setScope(source.city(), source.variantOf());
        target.setStatus(EntryStatus.valueOf(source.status().toUpperCase(Locale.ROOT)));
        target.setLastReviewed(source.lastReviewed());
        List.copyOf(target.getTexts().keySet()).stream()
                .filter(lang -> !source.texts().containsKey(lang))
                .forEach(target::removeText);
        source.texts().forEach((lang, text) -> target.putText(lang, text.question(), text.alternates(),
                text.answer(), text.links().stream().map(l -> new FaqLink(l.title(), l.url())).toList()));
    }
}
