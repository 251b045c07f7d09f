package ruhr.welcome.admin.gaps;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import ruhr.welcome.admin.gaps.GapGroup.Trend;
import ruhr.welcome.admin.gaps.GapItem.Reason;
import ruhr.welcome.admin.security.Role;
import ruhr.welcome.admin.security.StaffPrincipal;
import ruhr.welcome.knowledge.faq.PublishedFaq;
import ruhr.welcome.knowledge.questions.FaqProposals;
import ruhr.welcome.knowledge.questions.Feedback;
import ruhr.welcome.knowledge.questions.FaqProposals.Proposal;
import ruhr.welcome.knowledge.questions.QuestionReports;
import ruhr.welcome.knowledge.questions.QuestionReports.GapQuestion;
import ruhr.welcome.knowledge.search.FaqIndex;

/**
 * The editors' gaps inbox: questions the bot did not serve well and guides' proposals, grouped by
 * what they ask ({@link GapGrouping}), with counts and a trend. A city-limited editor sees their
 * city's items and those without a city.
 */
@Service
class GapsInbox {

    /** How the groups are ordered. */
    enum Order { NEWEST, COUNT }

    /** What the inbox page shows. */
    record Inbox(List<GapGroup> groups, int openItems, int totalGroups, Instant since) {
    }

    static final int MAX_GROUPS = 100;
    private static final Duration WEEK = Duration.ofDays(7);
    private static final int WEEKS_BEFORE = 4;

    private final QuestionReports reports;
    private final FaqProposals proposals;
    private final FaqIndex index;
    private final PublishedFaq faq;
    private final GapResolutions resolutions;
    private final GapsProperties properties;

    GapsInbox(QuestionReports reports, FaqProposals proposals, FaqIndex index, PublishedFaq faq,
              GapResolutions resolutions, GapsProperties properties) {
        this.reports = reports;
        this.proposals = proposals;
        this.index = index;
        this.faq = faq;
        this.resolutions = resolutions;
        this.properties = properties;
    }

    /** The city whose items (and those without a city) {@code staff} sees; null for all. */
    static String scope(StaffPrincipal staff) {
        return staff.role() == Role.EDITOR ? staff.city() : null;
    }

    Inbox inbox(StaffPrincipal staff, Order order, String readerLang, Instant now) {
        Instant since = now.minus(properties.window());
        List<GapItem> items = items(staff, since);
        var grouping = new GapGrouping(items, index::terms);
        List<GapGroup> groups = new ArrayList<>();
        for (List<GapItem> members : grouping.groups()) {
            List<GapItem> open = members.stream().filter(i -> !i.resolved()).toList();
            if (!open.isEmpty()) {
                groups.add(group(open, members.size() - open.size(), grouping, readerLang, now));
            }
        }
        Comparator<GapGroup> newest = Comparator.comparing(GapGroup::newest).reversed();
        groups.sort(order == Order.COUNT ? Comparator.comparingInt(GapGroup::size).reversed().thenComparing(newest) : newest);
        int openItems = groups.stream().mapToInt(GapGroup::size).sum();
        return new Inbox(groups.subList(0, Math.min(MAX_GROUPS, groups.size())), openItems, groups.size(), since);
    }

    /** An open or resolved item {@code staff} may see and act on, by its ref. */
    Optional<GapItem> visibleItem(StaffPrincipal staff, ItemRef ref) {
        Set<String> resolved = resolutions.resolvedRefs();
        Optional<GapItem> item = ref.question()
                ? reports.question(ref.id()).map(q -> item(q, resolved))
                : proposals.open().stream().filter(p -> p.id() == ref.id()).findFirst().map(p -> item(p, resolved));
        String city = scope(staff);
        return item.filter(i -> city == null || i.city() == null || i.city().equals(city));
    }

    private List<GapItem> items(StaffPrincipal staff, Instant since) {
        String city = scope(staff);
        Set<String> resolved = resolutions.resolvedRefs();
        List<GapItem> items = new ArrayList<>();
        // proposals first: written by guides, they make the clearest representatives
        proposals.open().stream()
                .filter(p -> city == null || p.city() == null || p.city().equals(city))
                .sorted(Comparator.comparing(Proposal::createdAt).reversed())
                .forEach(p -> items.add(item(p, resolved)));
        reports.gaps(since, properties.lowConfidence(), city, properties.maxQuestions())
                .forEach(q -> items.add(item(q, resolved)));
        return items;
    }

    private GapItem item(GapQuestion q, Set<String> resolved) {
        String ref = "q" + q.id();
        Reason reason = q.feedback() == Feedback.NOT_HELPFUL ? Reason.NOT_HELPFUL
                : q.chosenEntryKey() != null ? Reason.CHOSEN
                : q.decision().equals("NONE") ? Reason.NOT_FOUND : Reason.UNSURE;
        // the entry the asker picked is what the question is about, whatever the bot ranked first
        List<String> entries = new ArrayList<>(q.topEntryKeys());
        if (q.chosenEntryKey() != null) {
            entries.remove(q.chosenEntryKey());
            entries.addFirst(q.chosenEntryKey());
        }
        return new GapItem(ref, q.askedAt(), q.question(), q.lang(), q.city(), reason, entries,
                !q.decision().equals("NONE"), null, q.feedbackComment(), q.handedToGuide(), resolved.contains(ref));
    }

    private static GapItem item(Proposal p, Set<String> resolved) {
        String ref = "p" + p.id();
        return new GapItem(ref, p.createdAt(), p.question(), p.lang(), p.city(), Reason.PROPOSAL, List.of(), false,
                p.answer(), null, false, resolved.contains(ref));
    }

    private GapGroup group(List<GapItem> open, int resolvedBefore, GapGrouping grouping, String readerLang, Instant now) {
        List<GapItem> newestFirst = open.stream().sorted(Comparator.comparing(GapItem::at).reversed()).toList();
        Map<Reason, Integer> reasons = new EnumMap<>(Reason.class);
        open.forEach(i -> reasons.merge(i.reason(), 1, Integer::sum));
        Map<String, Integer> languages = sortedCounts(open, i -> i.lang() == null ? "?" : i.lang());
        Instant weekAgo = now.minus(WEEK);
        Instant before = weekAgo.minus(WEEK.multipliedBy(WEEKS_BEFORE));
        int thisWeek = (int) open.stream().filter(i -> !i.at().isBefore(weekAgo)).count();
        int earlier = (int) open.stream().filter(i -> i.at().isBefore(weekAgo) && !i.at().isBefore(before)).count();
        boolean older = open.stream().anyMatch(i -> i.at().isBefore(weekAgo));
        double perWeek = earlier / (double) WEEKS_BEFORE;
        return new GapGroup(representative(newestFirst, grouping), newestFirst, reasons, languages, thisWeek, perWeek,
                trend(thisWeek, perWeek, older), newestFirst.getFirst().at(), entries(open, readerLang), resolvedBefore);
    }

    static Trend trend(int thisWeek, double perWeekBefore, boolean older) {
        if (!older) {
            return Trend.NEW;
        }
        if (thisWeek >= 2 && thisWeek > perWeekBefore * 1.5) {
            return Trend.RISING;
        }
        if (thisWeek < perWeekBefore / 1.5) {
            return Trend.FALLING;
        }
        return Trend.STEADY;
    }

    /**
     * A guide's proposal if there is one; else, in the group's most common language, the item most
     * like the others (the newest among equals).
     */
    private static GapItem representative(List<GapItem> newestFirst, GapGrouping grouping) {
        Optional<GapItem> proposal = newestFirst.stream().filter(GapItem::isProposal).findFirst();
        if (proposal.isPresent()) {
            return proposal.get();
        }
        Map<String, Integer> languages = sortedCounts(newestFirst, i -> String.valueOf(i.lang()));
        String lang = languages.keySet().iterator().next();
        List<GapItem> sample = newestFirst.stream().limit(200).toList();
        GapItem best = null;
        double bestScore = -1;
        for (GapItem candidate : sample) {
            if (!String.valueOf(candidate.lang()).equals(lang)) {
                continue;
            }
            double score = sample.stream().filter(o -> o != candidate).mapToDouble(o -> grouping.similarity(candidate, o)).sum();
            if (score > bestScore) {
                best = candidate;
                bestScore = score;
            }
        }
        return best;
    }

    /**
     * The entries the bot answered or asked back with, most often first, as far as they are published.
     * (The best candidate of a question it found nothing for is mostly noise.)
     */
    private List<GapGroup.Entry> entries(List<GapItem> open, String readerLang) {
        Map<String, Integer> counts = sortedCounts(open.stream().filter(i -> i.anchored() && i.topEntry() != null).toList(),
                GapItem::topEntry);
        List<GapGroup.Entry> out = new ArrayList<>();
        for (String key : counts.keySet()) {
            faq.byKey(key).ifPresent(shown -> out.add(new GapGroup.Entry(key, PublishedFaq.question(shown, readerLang), shown.city())));
            if (out.size() == 3) {
                break;
            }
        }
        return out;
    }

    private static Map<String, Integer> sortedCounts(List<GapItem> items, Function<GapItem, String> key) {
        Map<String, Integer> counts = items.stream().collect(Collectors.toMap(key, i -> 1, Integer::sum, LinkedHashMap::new));
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
    }
}
