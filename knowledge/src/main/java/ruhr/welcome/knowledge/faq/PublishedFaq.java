package ruhr.welcome.knowledge.faq;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

import ruhr.welcome.knowledge.search.FaqIndex;
import ruhr.welcome.knowledge.search.SearchSynonyms;
import ruhr.welcome.knowledge.search.SearchSynonymsChanged;

/**
 * The published FAQ as the bot serves it: kept in the search index and in memory for showing
 * answers and browsing topics, refreshed whenever editors change an entry or a synonym group, without
 * a restart.
 */
@Component
@Order(1) // after the starter content is in
public class PublishedFaq implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(PublishedFaq.class);

    /** An entry as shown to newcomers; {@code id} is short enough for button data. */
    public record Shown(long id, String key, String city, String variantOf, Set<String> topics,
                        Set<String> audiences, Map<String, ShownText> texts) {
    }

    public record ShownText(String question, String answer, List<FaqLink> links) {
    }

    private final FaqEntryRepository entries;
    private final FaqIndex index;
    private final SearchSynonyms synonyms;
    private final TransactionTemplate readOnly;
    private final Map<String, Shown> byKey = new ConcurrentHashMap<>();
    private final Map<Long, String> keyById = new ConcurrentHashMap<>();

    public PublishedFaq(FaqEntryRepository entries, FaqIndex index, SearchSynonyms synonyms,
                        TransactionTemplate transactions) {
        this.entries = entries;
        this.index = index;
        this.synonyms = synonyms;
        this.readOnly = new TransactionTemplate(Objects.requireNonNull(transactions.getTransactionManager()));
        this.readOnly.setReadOnly(true);
    }

    @Override
    public void run(ApplicationArguments args) {
        reloadAll();
    }

    public synchronized void reloadAll() {
        List<FaqEntry> published = readOnly.execute(s -> entries.findAllWithTexts().stream()
                .filter(e -> e.getStatus() == EntryStatus.PUBLISHED)
                .toList());
        byKey.clear();
        keyById.clear();
        published.forEach(this::remember);
        Map<String, List<String>> editorSynonyms = synonyms.editorLines();
        index.rebuild(published.stream().map(PublishedFaq::document).toList(), editorSynonyms);
        log.info("Search index holds {} published FAQ entries, {} editor synonym groups", published.size(),
                editorSynonyms.values().stream().mapToInt(List::size).sum());
    }

    /** Synonyms are part of the query analysis of a whole index generation: rebuild it. */
    @TransactionalEventListener(fallbackExecution = true)
    public void onSynonymsChanged(SearchSynonymsChanged changed) {
        reloadAll();
    }

    @TransactionalEventListener(fallbackExecution = true)
    public synchronized void onChange(FaqChanged changed) {
        for (String key : changed.keys()) {
            Optional<FaqEntry> entry = readOnly.execute(s -> entries.findByKey(key)
                    .filter(e -> e.getStatus() == EntryStatus.PUBLISHED));
            Shown before = byKey.remove(key);
            if (before != null) {
                keyById.remove(before.id());
            }
            if (entry.isPresent()) {
                remember(entry.get());
                index.upsert(document(entry.get()));
            } else {
                index.remove(key);
            }
        }
    }

    public Optional<Shown> byKey(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    public Optional<Shown> byId(long id) {
        return Optional.ofNullable(keyById.get(id)).map(byKey::get);
    }

    /**
     * Entries on a topic for someone in {@code city} (null: the region), city variants replacing the
     * regional entry they stand for, sorted by their question in {@code lang}.
     */
    public List<Shown> onTopic(String topic, String audience, String city, String lang) {
        Collection<Shown> all = byKey.values();
        Set<String> replaced = new LinkedHashSet<>();
        all.stream().filter(s -> city != null && city.equals(s.city()) && s.variantOf() != null)
                .forEach(s -> replaced.add(s.variantOf()));
        return all.stream()
                .filter(s -> s.topics().contains(topic))
                .filter(s -> audience == null || s.audiences().isEmpty() || s.audiences().contains(audience))
                .filter(s -> s.city() == null ? !replaced.contains(s.key()) : s.city().equals(city))
                .sorted(Comparator.comparing(s -> question(s, lang)))
                .toList();
    }

    /** The question in the reader's language, else the first one there is. */
    public static String question(Shown shown, String lang) {
        ShownText text = shown.texts().get(lang);
        return text != null ? text.question() : shown.texts().values().iterator().next().question();
    }

    private void remember(FaqEntry entry) {
        var texts = new HashMap<String, ShownText>();
        entry.getTexts().forEach((lang, t) -> texts.put(lang, new ShownText(t.getQuestion(), t.getAnswer(), t.getLinks())));
        byKey.put(entry.getKey(), new Shown(entry.getId(), entry.getKey(), entry.getCity(), entry.getVariantOf(),
                Set.copyOf(entry.getTopics()), Set.copyOf(entry.getAudiences()), Map.copyOf(texts)));
        keyById.put(entry.getId(), entry.getKey());
    }

    static FaqDocument document(FaqEntry entry) {
        var texts = new HashMap<String, FaqDocument.Text>();
        entry.getTexts().forEach((lang, t) -> texts.put(lang,
                new FaqDocument.Text(t.getQuestion(), t.getAlternates(), AnswerMarkup.plainText(t.getAnswer()))));
        return new FaqDocument(entry.getKey(), entry.getCity(), entry.getVariantOf(), Set.copyOf(entry.getTopics()),
                Set.copyOf(entry.getAudiences()), texts);
    }
}
