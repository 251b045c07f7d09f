package ruhr.welcome.knowledge.search;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Synonym groups editors maintain per language ("Ausländerbehörde, Ausländeramt, Einwanderungsbehörde"),
 * on top of the shipped ones. Every change publishes {@link SearchSynonymsChanged}; after the commit the
 * index is rebuilt with shipped plus editor synonyms, so the next question uses them, without a redeploy.
 *
 * <p>Only plain groups of equivalent terms are accepted (no "a => b" rewrites, no comments): an editor
 * cannot break the index for everyone, and each group is checked by the same parser the index uses.
 */
@Service
public class SearchSynonyms {

    /** An editor's synonym group. */
    public record Group(long id, String lang, List<String> terms, Instant createdAt, String createdBy) {
        public Group {
            terms = List.copyOf(terms);
        }
    }

    static final int MAX_TERMS = 20;
    static final int MAX_TERM_LENGTH = 80;
    static final int MAX_BY_LENGTH = 120;

    private final SearchSynonymRepository groups;
    private final ApplicationEventPublisher events;

    public SearchSynonyms(SearchSynonymRepository groups, ApplicationEventPublisher events) {
        this.groups = groups;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public List<Group> list(String lang) {
        return groups.findByLangOrderById(lang).stream().map(SearchSynonyms::group).toList();
    }

    /**
     * Adds a group of equivalent terms for one language.
     *
     * @param terms comma-separated terms, at least two
     * @param by    who added it (shown to the other editors)
     * @throws IllegalArgumentException naming what is wrong with the group
     */
    @Transactional
    public Group add(String lang, String terms, String by) {
        if (!Analyzers.supported(lang)) {
            throw new IllegalArgumentException("unsupported language: " + lang);
        }
        if (by == null || by.isBlank() || by.length() > MAX_BY_LENGTH) {
            throw new IllegalArgumentException("the editor's name is missing or longer than " + MAX_BY_LENGTH);
        }
        List<String> parsed = parse(terms);
        String line = String.join(", ", parsed);
        // the same parser and analysis the index uses: what passes here cannot fail the rebuild later
        Synonyms.load(lang, Map.of(lang, List.of(line)));
        SearchSynonym saved = groups.save(new SearchSynonym(lang, line, by.strip()));
        events.publishEvent(new SearchSynonymsChanged(lang));
        return group(saved);
    }

    /** Removes a group; false when there was none with that id. */
    @Transactional
    public boolean remove(long id) {
        return groups.findById(id).map(g -> {
            groups.delete(g);
            events.publishEvent(new SearchSynonymsChanged(g.getLang()));
            return true;
        }).orElse(false);
    }

    /** All editor groups as Solr synonym lines per language, for {@link FaqIndex#rebuild}. */
    @Transactional(readOnly = true)
    public Map<String, List<String>> editorLines() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (SearchSynonym g : groups.findAllByOrderById()) {
            out.computeIfAbsent(g.getLang(), l -> new ArrayList<>()).add(g.getTerms());
        }
        return out;
    }

    /** Splits, trims and de-duplicates the terms; rejects rule syntax and groups of fewer than two terms. */
    static List<String> parse(String terms) {
        if (terms == null || terms.contains("=>") || terms.contains("#") || terms.contains("\\")) {
            throw new IllegalArgumentException("a synonym group is words or phrases separated by commas");
        }
        Set<String> seen = new LinkedHashSet<>();
        List<String> out = new ArrayList<>();
        for (String raw : terms.split(",")) {
            String term = raw.strip().replaceAll("\\s+", " ");
            if (term.isEmpty()) {
                continue;
            }
            if (term.length() > MAX_TERM_LENGTH) {
                throw new IllegalArgumentException("term longer than " + MAX_TERM_LENGTH + " characters: " + term);
            }
            if (seen.add(term.toLowerCase(Locale.ROOT))) {
                out.add(term);
            }
        }
        if (out.size() < 2 || out.size() > MAX_TERMS) {
            throw new IllegalArgumentException("a synonym group needs 2 to " + MAX_TERMS + " different terms");
        }
        return out;
    }

    private static Group group(SearchSynonym g) {
        return new Group(g.getId(), g.getLang(), List.of(g.getTerms().split(",\\s*")), g.getCreatedAt(),
                g.getCreatedBy());
    }
}
