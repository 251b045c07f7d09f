package ruhr.welcome.bot.guide;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * What a guide offers, as a coordinator sets it in the console: the name newcomers see, languages,
 * cities (none for the whole region), topics, weekly windows and chats at once.
 */
public record GuideProfile(String displayName, List<String> languages, List<String> cities, List<String> topics,
                           Set<Window> windows, int maxOpenChats) {

    public GuideProfile {
        languages = List.copyOf(languages);
        cities = List.copyOf(cities);
        topics = List.copyOf(topics);
        windows = Set.copyOf(windows);
        if (overlap(windows)) {
            throw new IllegalArgumentException("windows of one day must not overlap");
        }
    }

    /** The profile a guide has now, as the starting point of an edit. */
    public static GuideProfile of(Guide guide) {
        return new GuideProfile(guide.getDisplayName(), guide.getLanguages(), guide.getCities(), guide.getTopics(),
                guide.getWindows(), guide.getMaxOpenChats());
    }

    /** The windows by weekday and start, as people read them. */
    public List<Window> sortedWindows() {
        return windows.stream().sorted(Comparator.comparingInt(Window::dayOfWeek).thenComparing(Window::start)).toList();
    }

    static boolean overlap(Set<Window> windows) {
        var sorted = new ArrayList<>(windows);
        sorted.sort(Comparator.comparingInt(Window::dayOfWeek).thenComparing(Window::start));
        for (int i = 1; i < sorted.size(); i++) {
            Window before = sorted.get(i - 1);
            Window next = sorted.get(i);
            if (before.dayOfWeek() == next.dayOfWeek() && next.start().isBefore(before.end())) {
                return true;
            }
        }
        return false;
    }
}
