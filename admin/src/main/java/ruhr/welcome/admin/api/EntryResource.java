package ruhr.welcome.admin.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import ruhr.welcome.knowledge.faq.FaqEntry;
import ruhr.welcome.knowledge.faq.exchange.FaqFile;

/**
 * One entry as the API returns it: the fields of the exchange format ({@code welcome-faq/1}), plus
 * the version to send back with a change and the time of the last change.
 */
record EntryResource(String key, List<String> topics, List<String> audiences, String city, String variantOf,
                     String status, LocalDate lastReviewed, Map<String, FaqFile.Text> texts, int version,
                     Instant createdAt, Instant updatedAt) {

    static EntryResource of(FaqEntry entry) {
        var texts = new TreeMap<String, FaqFile.Text>();
        entry.getTexts().forEach((lang, text) -> texts.put(lang, new FaqFile.Text(text.getQuestion(), text.getAlternates(),
                text.getAnswer(), text.getLinks().stream().map(l -> new FaqFile.Link(l.getTitle(), l.getUrl())).toList())));
        return new EntryResource(entry.getKey(), entry.getTopics(), entry.getAudiences(), entry.getCity(),
                entry.getVariantOf(), entry.getStatus().name().toLowerCase(Locale.ROOT), entry.getLastReviewed(), texts,
                entry.getVersion(), entry.getCreatedAt(), entry.getUpdatedAt());
    }
}
