package ruhr.welcome.admin.figures;

import java.text.NumberFormat;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.DoubleFunction;
import java.util.function.Function;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

import ruhr.welcome.admin.figures.Charts.Series;
import ruhr.welcome.admin.figures.SvgChart.DataTable;
import ruhr.welcome.knowledge.faq.PublishedFaq;
import ruhr.welcome.knowledge.questions.QuestionReports;
import ruhr.welcome.knowledge.questions.QuestionReports.Week;

/** The figures of the service, week by week, as charts and tables in the reader's language. */
@Service
class Dashboard {

    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final int TOP_ROWS = 8;

    /**
     * The headline numbers of the period.
     *
     * @param answeredShare share of questions answered directly, 0..1
     * @param chosen        questions the bot asked back about where the asker then chose an offered entry
     * @param helpfulShare  share of 👍 among the ratings, null without ratings
     * @param medianPickup  median time to a guide over the period's weeks (of the weekly medians), null without data
     */
    record Headline(int questions, double answeredShare, int chosen, int notFound, int handed, Double helpfulShare, Duration medianPickup) {
    }

    /** What the page shows; {@code handoffs} is null when no module provides handoff figures. */
    record View(Headline headline, SvgChart questions, SvgChart languages, SvgChart topics, SvgChart feedback,
                SvgChart handoffs) {
    }

    private final QuestionReports reports;
    private final PublishedFaq faq;
    private final ObjectProvider<HandoffFigures> handoffFigures;
    private final MessageSource messages;

    Dashboard(QuestionReports reports, PublishedFaq faq, ObjectProvider<HandoffFigures> handoffFigures, MessageSource messages) {
        this.reports = reports;
        this.faq = faq;
        this.handoffFigures = handoffFigures;
        this.messages = messages;
    }

    View view(int weeks, String city, LocalDate today, Locale locale) {
        LocalDate from = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(weeks - 1L);
        var since = from.atStartOfDay(ZONE).toInstant();
        List<LocalDate> starts = new ArrayList<>();
        for (int i = 0; i < weeks; i++) {
            starts.add(from.plusWeeks(i));
        }
        DateTimeFormatter weekFormat = DateTimeFormatter.ofPattern(text(locale, "figures.week-pattern"), locale);
        List<String> xLabels = starts.stream().map(weekFormat::format).toList();
        Map<LocalDate, Week> byWeek = new HashMap<>();
        reports.weekly(since, ZONE, city).forEach(w -> byWeek.put(w.start(), w));
        List<Week> series = starts.stream().map(s -> byWeek.getOrDefault(s, new Week(s, 0, 0, 0, 0, 0, 0, 0))).toList();

        HandoffFigures handoffSource = handoffFigures.getIfAvailable();
        List<HandoffFigures.Week> handoffs = null;
        if (handoffSource != null) {
            Map<LocalDate, HandoffFigures.Week> byStart = new HashMap<>();
            handoffSource.weekly(from, ZONE, city).forEach(w -> byStart.put(w.start(), w));
            handoffs = starts.stream().map(s -> byStart.getOrDefault(s, new HandoffFigures.Week(s, 0, 0, null, null))).toList();
        }
        return new View(headline(series, handoffs), questions(series, xLabels, locale),
                languages(reports.languages(since, city), locale), topics(reports.answeredEntries(since, city), locale),
                feedback(series, xLabels, locale), handoffs == null ? null : handoffs(handoffs, xLabels, locale));
    }

    private static Headline headline(List<Week> weeks, List<HandoffFigures.Week> handoffs) {
        int questions = weeks.stream().mapToInt(Week::questions).sum();
        int answered = weeks.stream().mapToInt(Week::answered).sum();
        int helpful = weeks.stream().mapToInt(Week::helpful).sum();
        int rated = helpful + weeks.stream().mapToInt(Week::notHelpful).sum();
        Duration median = null;
        if (handoffs != null) {
            List<Duration> medians = handoffs.stream().map(HandoffFigures.Week::medianPickup).filter(d -> d != null).sorted().toList();
            median = medians.isEmpty() ? null : medians.get(medians.size() / 2);
        }
        return new Headline(questions, questions == 0 ? 0 : answered / (double) questions,
                weeks.stream().mapToInt(Week::chosen).sum(),
                weeks.stream().mapToInt(Week::notFound).sum(), weeks.stream().mapToInt(Week::handed).sum(),
                rated == 0 ? null : helpful / (double) rated, median);
    }

    private SvgChart questions(List<Week> weeks, List<String> xLabels, Locale locale) {
        List<Series> series = List.of(
                new Series(text(locale, "figures.answered"), Charts.BLUE, values(weeks, Week::answered)),
                new Series(text(locale, "figures.clarified"), Charts.ORANGE, values(weeks, Week::clarified)),
                new Series(text(locale, "figures.not-found"), Charts.VERMILLION, values(weeks, Week::notFound)),
                new Series(text(locale, "figures.handed"), Charts.GREEN, values(weeks, Week::handed)));
        int total = weeks.stream().mapToInt(Week::questions).sum();
        String description = text(locale, "figures.questions.desc", weeks.size(), total,
                weeks.stream().mapToInt(Week::answered).sum(), weeks.stream().mapToInt(Week::clarified).sum(),
                weeks.stream().mapToInt(Week::notFound).sum(), weeks.stream().mapToInt(Week::handed).sum());
        return Charts.columns("chart-questions", text(locale, "figures.questions.title"), description, xLabels, series, true,
                Dashboard::count, table(locale, xLabels, series, Dashboard::count));
    }

    private SvgChart feedback(List<Week> weeks, List<String> xLabels, Locale locale) {
        List<Series> series = List.of(
                new Series(text(locale, "figures.helpful"), Charts.BLUE, values(weeks, Week::helpful)),
                new Series(text(locale, "figures.not-helpful"), Charts.VERMILLION, values(weeks, Week::notHelpful)));
        int helpful = weeks.stream().mapToInt(Week::helpful).sum();
        int rated = helpful + weeks.stream().mapToInt(Week::notHelpful).sum();
        String description = rated == 0 ? text(locale, "figures.feedback.none")
                : text(locale, "figures.feedback.desc", rated, helpful, percent(locale, helpful / (double) rated));
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < weeks.size(); i++) {
            Week w = weeks.get(i);
            int r = w.helpful() + w.notHelpful();
            rows.add(List.of(xLabels.get(i), count(w.helpful()), count(w.notHelpful()), r == 0 ? "–" : percent(locale, w.helpful() / (double) r)));
        }
        DataTable table = new DataTable(List.of(text(locale, "figures.week"), text(locale, "figures.helpful"),
                text(locale, "figures.not-helpful"), text(locale, "figures.helpful-share")), rows);
        return Charts.columns("chart-feedback", text(locale, "figures.feedback.title"), description, xLabels, series, true,
                Dashboard::count, table);
    }

    private SvgChart handoffs(List<HandoffFigures.Week> weeks, List<String> xLabels, Locale locale) {
        List<Series> series = List.of(
                new Series(text(locale, "figures.median"), Charts.SKY, weeks.stream().map(w -> minutes(w.medianPickup())).toList()),
                new Series(text(locale, "figures.p90"), Charts.PURPLE, weeks.stream().map(w -> minutes(w.p90Pickup())).toList()));
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < weeks.size(); i++) {
            HandoffFigures.Week w = weeks.get(i);
            rows.add(List.of(xLabels.get(i), count(w.requested()), count(w.pickedUp()), duration(locale, w.medianPickup()),
                    duration(locale, w.p90Pickup())));
        }
        DataTable table = new DataTable(List.of(text(locale, "figures.week"), text(locale, "figures.requested"),
                text(locale, "figures.picked-up"), text(locale, "figures.median"), text(locale, "figures.p90")), rows);
        int requested = weeks.stream().mapToInt(HandoffFigures.Week::requested).sum();
        int pickedUp = weeks.stream().mapToInt(HandoffFigures.Week::pickedUp).sum();
        String description = text(locale, "figures.handoffs.desc", weeks.size(), requested, pickedUp);
        return Charts.columns("chart-handoffs", text(locale, "figures.handoffs.title"), description, xLabels, series, false,
                v -> count(v), table);
    }

    private SvgChart languages(Map<String, Integer> counts, Locale locale) {
        Map<String, Integer> named = new LinkedHashMap<>();
        counts.forEach((code, n) -> named.merge(languageName(code, locale), n, Integer::sum));
        return ranked("chart-languages", text(locale, "figures.languages.title"), "figures.languages.desc",
                top(named, text(locale, "figures.other")), locale);
    }

    private SvgChart topics(Map<String, Integer> entryCounts, Locale locale) {
        Map<String, Integer> byTopic = new HashMap<>();
        entryCounts.forEach((key, n) -> faq.byKey(key).ifPresent(shown ->
                shown.topics().forEach(topic -> byTopic.merge(topic, n, Integer::sum))));
        Map<String, Integer> named = new LinkedHashMap<>();
        byTopic.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> named.put(messages.getMessage("figures.topic." + e.getKey(), null, e.getKey(), locale), e.getValue()));
        return ranked("chart-topics", text(locale, "figures.topics.title"), "figures.topics.desc",
                top(named, text(locale, "figures.other")), locale);
    }

    private SvgChart ranked(String id, String title, String descriptionKey, Map<String, Integer> counts, Locale locale) {
        List<String> names = new ArrayList<>(counts.keySet());
        List<Double> values = counts.values().stream().map(Integer::doubleValue).toList();
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        List<List<String>> rows = new ArrayList<>();
        counts.forEach((name, n) -> rows.add(List.of(name, count(n), total == 0 ? "–" : percent(locale, n / (double) total))));
        String description = counts.isEmpty() ? text(locale, "figures.no-data")
                : text(locale, descriptionKey, total, names.getFirst(), counts.get(names.getFirst()));
        DataTable table = new DataTable(List.of(text(locale, "figures.name"), text(locale, "figures.count"),
                text(locale, "figures.share")), rows);
        return Charts.rows(id, title, description, names, values, Charts.BLUE, Dashboard::count, table);
    }

    /** The first rows as they are, the rest summed up as "other". */
    private static Map<String, Integer> top(Map<String, Integer> sorted, String other) {
        Map<String, Integer> out = new LinkedHashMap<>();
        int rest = 0;
        List<Map.Entry<String, Integer>> entries = sorted.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).toList();
        for (Map.Entry<String, Integer> e : entries) {
            if (out.size() < TOP_ROWS) {
                out.put(e.getKey(), e.getValue());
            } else {
                rest += e.getValue();
            }
        }
        if (rest > 0) {
            out.merge(other, rest, Integer::sum);
        }
        return out;
    }

    private String languageName(String code, Locale locale) {
        if (code == null || code.isBlank()) {
            return text(locale, "figures.unknown-lang");
        }
        String name = code.matches("[a-z]{2,3}") ? Locale.forLanguageTag(code).getDisplayLanguage(locale) : "";
        return name.isBlank() || name.equals(code) ? code : name + " (" + code + ")";
    }

    private DataTable table(Locale locale, List<String> xLabels, List<Series> series, DoubleFunction<String> format) {
        List<String> headers = new ArrayList<>();
        headers.add(text(locale, "figures.week"));
        series.forEach(s -> headers.add(s.label()));
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < xLabels.size(); i++) {
            List<String> row = new ArrayList<>();
            row.add(xLabels.get(i));
            for (Series s : series) {
                row.add(format.apply(s.values().get(i)));
            }
            rows.add(row);
        }
        return new DataTable(headers, rows);
    }

    private static List<Double> values(List<Week> weeks, Function<Week, Integer> value) {
        return weeks.stream().map(w -> value.apply(w).doubleValue()).toList();
    }

    private static double minutes(Duration d) {
        return d == null ? 0 : d.toSeconds() / 60.0;
    }

    private static String count(double value) {
        return Long.toString(Math.round(value));
    }

    String duration(Locale locale, Duration d) {
        if (d == null) {
            return "–";
        }
        long minutes = Math.round(d.toSeconds() / 60.0);
        return minutes < 120 ? text(locale, "figures.minutes", minutes) : text(locale, "figures.hours", minutes / 60, minutes % 60);
    }

    static String percent(Locale locale, double share) {
        NumberFormat format = NumberFormat.getPercentInstance(locale);
        format.setMaximumFractionDigits(0);
        return format.format(share);
    }

    String text(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
