package ruhr.welcome.admin.faq;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ruhr.welcome.knowledge.faq.EntryStatus;
import ruhr.welcome.knowledge.faq.FaqEntry;
import ruhr.welcome.knowledge.faq.FaqEntryRepository;
import ruhr.welcome.knowledge.faq.FaqText;
import ruhr.welcome.knowledge.language.LanguageDetector;
import ruhr.welcome.knowledge.language.Languages;
import ruhr.welcome.knowledge.search.FaqIndex;
import ruhr.welcome.knowledge.search.SearchHit;

/** What the console lists: entries filtered and searched, and the translation coverage. */
@Service
class FaqCatalog {

    static final int PAGE_SIZE = 25;
    private static final int SEARCH_DEPTH = 200;
    /** Hits scoring below this share of the best one are noise for an editor looking for an entry. */
    private static final double RELEVANT_SHARE = 0.2;

    /** The list's filters; null or blank means "any". */
    record Filter(String topic, String audience, String city, String lang, String status, String missing, String query) {

        static final String REGION = "region";

        boolean matches(FaqEntry e) {
            return (blank(topic) || e.getTopics().contains(topic))
                    && (blank(audience) || e.getAudiences().contains(audience))
                    && (blank(city) || (REGION.equals(city) ? e.getCity() == null : city.equals(e.getCity())))
                    && (blank(lang) || e.getTexts().containsKey(lang))
                    && (blank(status) || e.getStatus().name().equalsIgnoreCase(status))
                    && (blank(missing) || !e.getTexts().containsKey(missing));
        }

        static boolean blank(String s) {
            return s == null || s.isBlank();
        }
    }

    /** One line of the entry list. */
    record Row(String key, String question, String questionLang, String city, String variantOf, String status,
               List<String> topics, List<String> languages, List<String> staleLanguages) {
    }

    record Page(List<Row> rows, int page, int pages, int total) {
        public boolean hasPrevious() { return page > 1; }
        public boolean hasNext() { return page < pages; }
    }

    /** One line of the coverage matrix: per language "ok", "stale" or "missing". */
    record CoverageRow(String key, String question, String city, String status, Map<String, String> cells) {
    }

    record Coverage(List<String> languages, List<CoverageRow> rows, Map<String, Integer> translated,
                    Map<String, Integer> stale) {
    }

    private final FaqEntryRepository entries;
    private final FaqIndex index;
    private final LanguageDetector detector;

    FaqCatalog(FaqEntryRepository entries, FaqIndex index, LanguageDetector detector) {
        this.entries = entries;
        this.index = index;
        this.detector = detector;
    }

    @Transactional(readOnly = true)
    Page list(Filter filter, int page) {
        List<FaqEntry> all = entries.findAllWithTexts().stream().filter(filter::matches).toList();
        List<FaqEntry> ordered = Filter.blank(filter.query())
                ? all.stream().sorted(Comparator.comparing(FaqEntry::getKey)).toList()
                : searched(all, filter.query().strip(), filter.lang());
        int pages = Math.max(1, (ordered.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int current = Math.min(Math.max(1, page), pages);
        List<Row> rows = ordered.subList((current - 1) * PAGE_SIZE, Math.min(ordered.size(), current * PAGE_SIZE)).stream()
                .map(e -> row(e, filter.lang())).toList();
        return new Page(rows, current, pages, ordered.size());
    }

    /**
     * Drafts and entries in review whose text contains the words (they are not in the search index),
     * then published entries as the bot's search ranks them (weak hits left out), then any entry
     * whose key contains the words.
     */
    private List<FaqEntry> searched(List<FaqEntry> candidates, String query, String lang) {
        Map<String, FaqEntry> byKey = new LinkedHashMap<>();
        candidates.forEach(e -> byKey.put(e.getKey(), e));
        var found = new LinkedHashSet<String>();
        String needle = query.toLowerCase(Locale.ROOT);
        candidates.stream().filter(e -> e.getStatus() != EntryStatus.PUBLISHED && contains(e, needle))
                .forEach(e -> found.add(e.getKey()));
        String searchLang = Filter.blank(lang) ? detector.best(query).lang() : lang;
        List<SearchHit> hits = index.searchAllScopes(query, searchLang, SEARCH_DEPTH);
        double best = hits.isEmpty() ? 0 : hits.getFirst().score();
        for (SearchHit hit : hits) {
            FaqEntry e = byKey.get(hit.key());
            if (e != null && e.getStatus() == EntryStatus.PUBLISHED && hit.score() >= best * RELEVANT_SHARE
                    && !hit.matchedTerms().isEmpty()) { // letter grams alone are too loose for a list filter
                found.add(hit.key());
            }
        }
        candidates.stream().filter(e -> e.getKey().contains(needle)).forEach(e -> found.add(e.getKey()));
        return found.stream().map(byKey::get).toList();
    }

    private static boolean contains(FaqEntry e, String needle) {
        for (FaqText t : e.getTexts().values()) {
            if (t.getQuestion().toLowerCase(Locale.ROOT).contains(needle)
                    || t.getAnswer().toLowerCase(Locale.ROOT).contains(needle)
                    || t.getAlternates().stream().anyMatch(a -> a.toLowerCase(Locale.ROOT).contains(needle))) {
                return true;
            }
        }
        return false;
    }

    @Transactional(readOnly = true)
    Coverage coverage(Filter filter) {
        List<FaqEntry> all = entries.findAllWithTexts().stream().filter(filter::matches)
                .sorted(Comparator.comparing(FaqEntry::getKey)).toList();
        var translated = new LinkedHashMap<String, Integer>();
        var stale = new LinkedHashMap<String, Integer>();
        Languages.SUPPORTED.forEach(l -> { translated.put(l, 0); stale.put(l, 0); });
        var rows = new ArrayList<CoverageRow>();
        for (FaqEntry e : all) {
            var cells = new LinkedHashMap<String, String>();
            for (String lang : Languages.SUPPORTED) {
                String cell = !e.getTexts().containsKey(lang) ? "missing" : e.isStale(lang) ? "stale" : "ok";
                cells.put(lang, cell);
                if (!cell.equals("missing")) {
                    translated.merge(lang, 1, Integer::sum);
                }
                if (cell.equals("stale")) {
                    stale.merge(lang, 1, Integer::sum);
                }
            }
            Row row = row(e, null);
            rows.add(new CoverageRow(e.getKey(), row.question(), e.getCity(), row.status(), cells));
        }
        return new Coverage(Languages.SUPPORTED, rows, translated, stale);
    }

    /** Keys and questions of the regional entries, for choosing what a city entry replaces. */
    @Transactional(readOnly = true)
    Map<String, String> regionalEntries() {
        var out = new LinkedHashMap<String, String>();
        entries.findAllWithTexts().stream().filter(e -> e.getCity() == null)
                .sorted(Comparator.comparing(FaqEntry::getKey))
                .forEach(e -> out.put(e.getKey(), row(e, null).question()));
        return out;
    }

    /** Stale translations of one entry. */
    @Transactional(readOnly = true)
    Set<String> staleLanguages(String key) {
        return entries.findByKey(key).map(e -> Set.copyOf(e.getTexts().keySet().stream().filter(e::isStale).toList()))
                .orElse(Set.of());
    }

    @Transactional(readOnly = true)
    String sourceLanguage(String key) {
        return entries.findByKey(key).map(FaqEntry::sourceLang).orElse(FaqEntry.SOURCE_LANGUAGE);
    }

    private static Row row(FaqEntry e, String preferredLang) {
        String lang = preferredLang != null && e.getTexts().containsKey(preferredLang) ? preferredLang : e.sourceLang();
        FaqText text = lang == null ? null : e.getTexts().get(lang);
        return new Row(e.getKey(), text == null ? "" : text.getQuestion(), lang, e.getCity(), e.getVariantOf(),
                e.getStatus().name().toLowerCase(Locale.ROOT), e.getTopics(), inLanguageOrder(e.getTexts().keySet()),
                inLanguageOrder(e.getTexts().keySet().stream().filter(e::isStale).toList()));
    }

    /** The order of the language filter (de, en, tr, ...), so the same languages always read alike. */
    private static List<String> inLanguageOrder(Collection<String> langs) {
        return langs.stream().sorted(Comparator.comparingInt((String l) -> {
            int at = Languages.SUPPORTED.indexOf(l);
            return at < 0 ? Integer.MAX_VALUE : at;
        }).thenComparing(Comparator.naturalOrder())).toList();
    }
}
