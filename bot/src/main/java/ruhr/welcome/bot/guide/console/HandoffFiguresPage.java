package ruhr.welcome.bot.guide.console;

import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import ruhr.welcome.admin.console.ConsolePage;
import ruhr.welcome.admin.console.ConsoleSection;
import ruhr.welcome.admin.security.Role;
import ruhr.welcome.bot.handoff.figures.Breakdown;
import ruhr.welcome.bot.handoff.figures.FigureFilter;
import ruhr.welcome.bot.handoff.figures.HandoffFigure;
import ruhr.welcome.bot.handoff.figures.HandoffReports;
import ruhr.welcome.bot.i18n.ConsoleLabels;
import ruhr.welcome.knowledge.faq.City;

/**
 * The handoff's figures for coordinators: by month, language and city, for a chosen span of months
 * and optionally one language or city; tables first, with bars drawn on the server (no script).
 */
@Controller
@ConsolePage
@PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN')")
class HandoffFiguresPage {

    static final int DEFAULT_MONTHS = 6;
    static final int MAX_MONTHS = 36;
    private static final ZoneId RUHR = ZoneId.of("Europe/Berlin");

    /** A table row with its label in the console's language, or the key of a console text for it. */
    record Row(String label, String labelKey, HandoffFigure figure) {
        Row(String label, HandoffFigure figure) {
            this(label, "guides.region", figure);
        }

        public String pickup() {
            Duration median = figure.medianPickup();
            if (median == null) {
                return "–";
            }
            long minutes = Math.round(median.toSeconds() / 60.0);
            return minutes < 60 ? minutes + " min" : (minutes / 60) + " h " + (minutes % 60) + " min";
        }

        public String rating() {
            return figure.averageRating() == null ? "–" : String.format(Locale.ROOT, "%.1f", figure.averageRating());
        }
    }

    /** One month's pair of bars in the chart, in SVG user units. */
    record Bars(String label, int x, int requestsY, int requestsHeight, int reachedY, int reachedHeight, long requests,
                long reached) {
    }

    static final int CHART_HEIGHT = 160;
    static final int SLOT = 48;

    private final HandoffReports reports;
    private final ConsoleLabels labels;

    HandoffFiguresPage(HandoffReports reports, ConsoleLabels labels) {
        this.reports = reports;
        this.labels = labels;
    }

    @Bean
    @Order(220)
    static ConsoleSection handoffFiguresSection() {
        return new ConsoleSection("/admin/handoffs/figures", "nav.handoff-figures", Set.of(Role.COORDINATOR, Role.ADMIN));
    }

    @GetMapping("/admin/handoffs/figures")
    String figures(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                   @RequestParam(required = false) String lang, @RequestParam(required = false) String city,
                   Model model, Locale locale, HttpServletResponse response) {
        YearMonth last = YearMonth.now(RUHR);
        YearMonth first = last.minusMonths(DEFAULT_MONTHS - 1);
        boolean valid = true;
        try {
            if (from != null && !from.isBlank()) {
                first = YearMonth.parse(from.strip());
            }
            if (to != null && !to.isBlank()) {
                last = YearMonth.parse(to.strip());
            }
        } catch (DateTimeParseException e) {
            valid = false;
        }
        String language = lang == null || lang.isBlank() ? null : lang.strip();
        String cityId = city == null || city.isBlank() ? null : city.strip();
        if (!valid || first.isAfter(last) || first.plusMonths(MAX_MONTHS - 1).isBefore(last)
                || (language != null && !labels.languageCodes().contains(language))
                || (cityId != null && !cityId.equals(HandoffFigure.REGION) && City.byId(cityId).isEmpty())) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("problem", "handoff-figures.error.filter");
            last = YearMonth.now(RUHR);
            first = last.minusMonths(DEFAULT_MONTHS - 1);
            language = null;
            cityId = null;
        }
        var filter = new FigureFilter(first.atDay(1), last.plusMonths(1).atDay(1), language, cityId);
        List<Row> months = reports.figures(Breakdown.MONTH, filter).stream()
                .map(f -> new Row(YearMonth.parse(f.group()).atDay(1).format(
                        java.time.format.DateTimeFormatter.ofPattern("MMM yyyy", locale)), f)).toList();
        model.addAttribute("months", months);
        model.addAttribute("languages", reports.figures(Breakdown.LANGUAGE, filter).stream()
                .map(f -> new Row(labels.language(f.group(), locale), f)).toList());
        model.addAttribute("cities", reports.figures(Breakdown.CITY, filter).stream()
                .map(f -> new Row(HandoffFigure.REGION.equals(f.group()) ? null : ConsoleLabels.city(f.group()), f)).toList());
        model.addAttribute("totals", List.of(new Row(null, "handoff-figures.total", reports.total(filter))));
        model.addAttribute("bars", bars(months));
        model.addAttribute("chartWidth", Math.max(1, months.size()) * SLOT);
        model.addAttribute("chartHeight", CHART_HEIGHT + 20);
        model.addAttribute("from", first.toString());
        model.addAttribute("to", last.toString());
        model.addAttribute("lang", language);
        model.addAttribute("city", cityId);
        model.addAttribute("languageOptions", labels.languages(language == null ? List.of() : List.of(language), locale));
        model.addAttribute("cityOptions", ConsoleLabels.cities(cityId == null ? List.of() : List.of(cityId)));
        return "admin/guides/figures";
    }

    /** Requests and reached-a-guide side by side per month, scaled to the busiest month. */
    static List<Bars> bars(List<Row> months) {
        long most = months.stream().mapToLong(r -> r.figure().requests()).max().orElse(0);
        var bars = new ArrayList<Bars>();
        for (int i = 0; i < months.size(); i++) {
            HandoffFigure f = months.get(i).figure();
            int requests = most == 0 ? 0 : (int) Math.round((double) CHART_HEIGHT * f.requests() / most);
            int reached = most == 0 ? 0 : (int) Math.round((double) CHART_HEIGHT * f.reachedGuide() / most);
            bars.add(new Bars(months.get(i).label(), i * SLOT + 6, CHART_HEIGHT - requests, requests, CHART_HEIGHT - reached,
                    reached, f.requests(), f.reachedGuide()));
        }
        return bars;
    }
}
