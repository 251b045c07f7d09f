package ruhr.welcome.bot.guide.console;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.util.MultiValueMap;

import ruhr.welcome.bot.guide.Guide;
import ruhr.welcome.bot.guide.GuideProfile;
import ruhr.welcome.bot.guide.Window;

/**
 * A guide's profile as the console's form holds it: weekly times are one text field per weekday
 * ("09:00-12:00, 17:00-21:00"), so any window can be entered, not only the bot's three slots.
 * Parsing names every problem as a key of the console texts.
 */
final class ProfileForm {

    private static final Pattern RANGE = Pattern.compile("(\\d{1,2})(?::(\\d{2}))?\\s*[-–—]\\s*(\\d{1,2})(?::(\\d{2}))?");
    private static final DateTimeFormatter HOURS = DateTimeFormatter.ofPattern("HH:mm");
    /** "24:00" is stored as the last second of the day, since a window ends within its day. */
    private static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);

    /** What the form turned into: a profile, or the problems (console text keys) in the way. */
    record Parsed(GuideProfile profile, List<String> problems) {
    }

    final int version;
    final String displayName;
    final List<String> languages;
    final List<String> cities;
    final List<String> topics;
    /** Weekday (1 = Monday) to the text of its times. */
    final Map<Integer, String> times;
    final String maxOpenChats;

    ProfileForm(int version, String displayName, List<String> languages, List<String> cities, List<String> topics,
                Map<Integer, String> times, String maxOpenChats) {
        this.version = version;
        this.displayName = displayName == null ? "" : displayName;
        this.languages = List.copyOf(languages);
        this.cities = List.copyOf(cities);
        this.topics = List.copyOf(topics);
        this.times = Map.copyOf(times);
        this.maxOpenChats = maxOpenChats == null ? "" : maxOpenChats;
    }

    static ProfileForm of(GuideProfile profile, int version) {
        var times = new TreeMap<Integer, String>();
        for (int day = 1; day <= 7; day++) {
            int d = day;
            times.put(day, profile.sortedWindows().stream().filter(w -> w.dayOfWeek() == d)
                    .map(w -> w.start().format(HOURS) + "-" + (w.end().equals(END_OF_DAY) ? "24:00" : w.end().format(HOURS)))
                    .collect(Collectors.joining(", ")));
        }
        return new ProfileForm(version, profile.displayName(), profile.languages(), profile.cities(), profile.topics(), times,
                Integer.toString(profile.maxOpenChats()));
    }

    static ProfileForm from(MultiValueMap<String, String> params) {
        var times = new TreeMap<Integer, String>();
        for (int day = 1; day <= 7; day++) {
            String text = params.getFirst("times-" + day);
            times.put(day, text == null ? "" : text.strip());
        }
        String version = params.getFirst("version");
        return new ProfileForm(version != null && version.matches("\\d{1,9}") ? Integer.parseInt(version) : -1,
                params.getFirst("displayName"), values(params, "languages"), values(params, "cities"), values(params, "topics"),
                times, params.getFirst("maxOpenChats"));
    }

    Parsed parse(List<String> knownLanguages, Set<String> knownCities, Set<String> knownTopics) {
        var problems = new LinkedHashSet<String>();
        String name = displayName.strip().replaceAll("\\s+", " ");
        if (name.isEmpty() || name.length() > Guide.MAX_NAME) {
            problems.add("guides.error.name");
        }
        if (languages.isEmpty()) {
            problems.add("guides.error.languages");
        }
        if (!knownLanguages.containsAll(languages) || !knownCities.containsAll(cities) || !knownTopics.containsAll(topics)) {
            problems.add("guides.error.unknown");
        }
        Set<Window> windows = new LinkedHashSet<>();
        times.forEach((day, text) -> {
            if (!text.isBlank() && !parseDay(day, text, windows)) {
                problems.add("guides.error.times");
            }
        });
        if (windows.isEmpty() && !problems.contains("guides.error.times")) {
            problems.add("guides.error.no-times");
        }
        int max = maxOpenChats.strip().matches("\\d{1,2}") ? Integer.parseInt(maxOpenChats.strip()) : 0;
        if (max < 1 || max > Guide.MAX_OPEN_CHATS) {
            problems.add("guides.error.max");
        }
        if (!problems.isEmpty()) {
            return new Parsed(null, List.copyOf(problems));
        }
        try {
            return new Parsed(new GuideProfile(name, languages, cities, topics, windows, max), List.of());
        } catch (IllegalArgumentException overlapping) {
            return new Parsed(null, List.of("guides.error.overlap"));
        }
    }

    /** "09:00-12:00, 17-21" for one day; false when any part is not a valid range. */
    private static boolean parseDay(int day, String text, Set<Window> into) {
        for (String part : text.split("[,;]")) {
            if (part.isBlank()) {
                continue;
            }
            Matcher range = RANGE.matcher(part.strip());
            if (!range.matches()) {
                return false;
            }
            LocalTime start = time(range.group(1), range.group(2));
            LocalTime end = time(range.group(3), range.group(4));
            if (start == null || end == null || !start.isBefore(end)) {
                return false;
            }
            into.add(new Window(day, start, end));
        }
        return true;
    }

    private static LocalTime time(String hours, String minutes) {
        int h = Integer.parseInt(hours);
        int m = minutes == null ? 0 : Integer.parseInt(minutes);
        if (h == 24 && m == 0) {
            return END_OF_DAY;
        }
        return h < 24 && m < 60 ? LocalTime.of(h, m) : null;
    }

    private static List<String> values(MultiValueMap<String, String> params, String name) {
        List<String> values = params.get(name);
        return values == null ? List.of() : values.stream().filter(v -> v != null && !v.isBlank()).distinct().toList();
    }

    // read by the template
    public int getVersion() { return version; }
    public String getDisplayName() { return displayName; }
    public List<String> getLanguages() { return languages; }
    public List<String> getCities() { return cities; }
    public List<String> getTopics() { return topics; }
    public Map<Integer, String> getTimes() { return times; }
    public String getMaxOpenChats() { return maxOpenChats; }
}
