package ruhr.welcome.admin.gaps;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import ruhr.welcome.admin.gaps.GapItem.Reason;

/**
 * Open items that ask the same thing, as the inbox shows them.
 *
 * @param items         the open items, newest first
 * @param reasons       how many items are in for each reason
 * @param languages     how many items per language, most first
 * @param thisWeek      open items of the last seven days
 * @param perWeekBefore open items per week in the four weeks before
 * @param entries       FAQ entries the bot considered for these items, most often first
 * @param resolvedBefore similar items editors already dismissed or placed: the question came back
 */
record GapGroup(GapItem representative, List<GapItem> items, Map<Reason, Integer> reasons,
                Map<String, Integer> languages, int thisWeek, double perWeekBefore, Trend trend, Instant newest,
                List<Entry> entries, int resolvedBefore) {

    /** Whether the group is asked more, as much, or less than before. */
    enum Trend { NEW, RISING, STEADY, FALLING }

    /** A FAQ entry near the group, with its question in the reader's language. */
    record Entry(String key, String question, String city) {
    }

    GapGroup {
        items = List.copyOf(items);
        reasons = Map.copyOf(reasons);
        entries = List.copyOf(entries);
    }

    public int size() {
        return items.size();
    }

    /** The refs of every open item, for the dismiss form. */
    public List<String> refs() {
        return items.stream().map(GapItem::ref).toList();
    }

    public String anchor() {
        return "group-" + representative.ref();
    }
}
