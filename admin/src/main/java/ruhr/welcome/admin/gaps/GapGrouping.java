package ruhr.welcome.admin.gaps;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import ruhr.welcome.knowledge.faq.City;
import ruhr.welcome.knowledge.language.Languages;

/**
 * Groups inbox items that ask the same thing, in any language. Two items belong together when
 * <ol>
 * <li>the bot took the same FAQ entry seriously for both (answered or asked back with it first): they
 * are about that entry, whatever their language;</li>
 * <li>in one language, their search terms (the index's own analysis: stems, compound parts, synonyms)
 * weighted by rarity among the items are similar (cosine at least {@value #SAME_LANGUAGE});</li>
 * <li>across languages, the words they share (the analysis folds them alike: loan words such as
 * "Bürgergeld", names, numbers, synonyms that map "blaue Karte" to "blue card") are at least
 * {@value #ACROSS_LANGUAGES} of the shorter one's terms. Words two languages share are rarely
 * function words, so a little overlap is strong evidence there, however many questions share it.</li>
 * </ol>
 * City names are left out first: they say where, not what. Groups are the connected items (union-find).
 * Two questions in different languages that share no word and no entry stay apart: telling that they
 * mean the same would need translation, which the bot does not have.
 */
final class GapGrouping {

    static final double SAME_LANGUAGE = 0.5;
    static final double ACROSS_LANGUAGES = 0.4;
    static final int TRIES_PER_GROUP = 12;
    static final int COMPARISONS_PER_ITEM = 500;

    private static final Pattern CITY_NAMES = Pattern.compile(Arrays.stream(City.values())
            .flatMap(c -> java.util.stream.Stream.of(c.id(), c.displayName(), c.displayName().replace("ü", "ue")))
            .map(Pattern::quote)
            .sorted(Comparator.comparingInt(String::length).reversed())
            .collect(Collectors.joining("|", "(?iu)(?<![\\p{L}\\p{N}])(", ")(?![\\p{L}\\p{N}])")));

    private final List<GapItem> items;
    private final List<Set<String>> terms = new ArrayList<>();
    private final Map<String, Double> weights = new HashMap<>();
    private final Map<String, Integer> df = new HashMap<>();
    private final double[] norms;
    private final int[] parent;

    /** @param analysis the search terms of a text in a language (the FAQ index's analysis) */
    GapGrouping(List<GapItem> items, BiFunction<String, String, List<String>> analysis) {
        this.items = List.copyOf(items);
        for (GapItem item : this.items) {
            Set<String> t = new HashSet<>(analysis.apply(withoutCities(item.text()), item.lang()));
            terms.add(t);
            t.forEach(term -> df.merge(term, 1, Integer::sum));
        }
        int n = this.items.size();
        df.forEach((term, count) -> weights.put(term, Math.log(1.0 + (n + 1.0) / count)));
        norms = new double[n];
        for (int i = 0; i < n; i++) {
            norms[i] = Math.sqrt(terms.get(i).stream().mapToDouble(t -> weight(t) * weight(t)).sum());
        }
        parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
    }

    static String withoutCities(String text) {
        return CITY_NAMES.matcher(text).replaceAll(" ");
    }

    /** The groups, each in the items' order; groups in the order of their first item. */
    List<List<GapItem>> groups() {
        linkByEntry();
        linkByWords();
        Map<Integer, List<GapItem>> byRoot = new LinkedHashMap<>();
        for (int i = 0; i < items.size(); i++) {
            byRoot.computeIfAbsent(find(i), r -> new ArrayList<>()).add(items.get(i));
        }
        return List.copyOf(byRoot.values());
    }

    /** How alike two items' words are, 0..1, by the rule for their languages (for picking a representative). */
    double similarity(GapItem a, GapItem b) {
        int i = items.indexOf(a);
        int j = items.indexOf(b);
        return i < 0 || j < 0 ? 0 : similarity(i, j);
    }

    private void linkByEntry() {
        Map<String, Integer> firstWithEntry = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            GapItem item = items.get(i);
            if (item.anchored() && item.topEntry() != null) {
                Integer first = firstWithEntry.putIfAbsent(item.topEntry(), i);
                if (first != null) {
                    union(first, i);
                }
            }
        }
    }

    /**
     * Compares each item with the earlier ones that share a term, rarest terms first. A group already
     * holding many items with a common term is tried with at most {@value #TRIES_PER_GROUP} of them, and
     * an item with at most {@value #COMPARISONS_PER_ITEM} others: thousands of questions stay fast.
     */
    private void linkByWords() {
        int n = items.size();
        Map<String, List<Integer>> withTerm = new HashMap<>();
        int[] comparedFor = new int[n];
        int[] triedFor = new int[n];
        int[] tried = new int[n];
        java.util.Arrays.fill(comparedFor, -1);
        java.util.Arrays.fill(triedFor, -1);
        for (int i = 0; i < n; i++) {
            int comparisons = 0;
            List<String> rarestFirst = terms.get(i).stream()
                    .sorted(Comparator.comparingInt((String t) -> df.get(t)).thenComparing(t -> t)).toList();
            for (String term : rarestFirst) {
                for (int j : withTerm.getOrDefault(term, List.of())) {
                    if (comparedFor[j] == i || comparisons >= COMPARISONS_PER_ITEM) {
                        continue;
                    }
                    comparedFor[j] = i;
                    int root = find(j);
                    if (root == find(i)) {
                        continue;
                    }
                    if (triedFor[root] != i) {
                        triedFor[root] = i;
                        tried[root] = 0;
                    }
                    if (tried[root]++ < TRIES_PER_GROUP) {
                        comparisons++;
                        if (similar(i, j)) {
                            union(i, j);
                        }
                    }
                }
            }
            for (String term : terms.get(i)) {
                withTerm.computeIfAbsent(term, t -> new ArrayList<>()).add(i);
            }
        }
    }

    private boolean similar(int i, int j) {
        return similarity(i, j) >= (sameLanguage(i, j) ? SAME_LANGUAGE : ACROSS_LANGUAGES);
    }

    private double similarity(int i, int j) {
        if (norms[i] == 0 || norms[j] == 0) {
            return 0;
        }
        int shared = 0;
        double sharedSquares = 0;
        for (String t : terms.get(i)) {
            if (terms.get(j).contains(t)) {
                shared++;
                sharedSquares += weight(t) * weight(t);
            }
        }
        if (sameLanguage(i, j)) {
            return sharedSquares / (norms[i] * norms[j]);
        }
        // not weighted by rarity: a loan word many questions share is the topic they share
        return shared / (double) Math.min(terms.get(i).size(), terms.get(j).size());
    }

    private boolean sameLanguage(int i, int j) {
        String a = items.get(i).lang();
        String b = items.get(j).lang();
        // unknown languages are compared by the stricter, same-language rule
        return a == null || b == null || Languages.answerFallbacks(a).contains(Languages.primary(b));
    }

    private double weight(String term) {
        return weights.getOrDefault(term, 0.0);
    }

    private int find(int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private void union(int i, int j) {
        int a = find(i);
        int b = find(j);
        if (a != b) {
            parent[Math.max(a, b)] = Math.min(a, b);
        }
    }
}
