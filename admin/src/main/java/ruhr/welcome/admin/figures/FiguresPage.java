package ruhr.welcome.admin.figures;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import ruhr.welcome.admin.console.ConsolePage;
import ruhr.welcome.admin.console.ConsoleSection;
import ruhr.welcome.admin.security.Role;
import ruhr.welcome.knowledge.faq.City;

/** The service's figures for all staff: what was asked, answered, rated and handed to guides. */
@Controller
@ConsolePage
@PreAuthorize("hasAnyRole('EDITOR', 'COORDINATOR', 'ADMIN')")
class FiguresPage {

    static final List<Integer> PERIODS = List.of(4, 12, 26, 52);

    private final Dashboard dashboard;

    FiguresPage(Dashboard dashboard) {
        this.dashboard = dashboard;
    }

    @Bean
    static ConsoleSection figuresSection() {
        return new ConsoleSection("/admin/figures", "nav.figures", Set.of(Role.EDITOR, Role.COORDINATOR, Role.ADMIN));
    }

    @GetMapping("/admin/figures")
    String figures(@RequestParam(defaultValue = "12") int weeks, @RequestParam(defaultValue = "") String city,
                   Locale locale, Model model) {
        int period = PERIODS.contains(weeks) ? weeks : 12;
        String chosenCity = City.byId(city).isPresent() ? city : null;
        var view = dashboard.view(period, chosenCity, LocalDate.now(Dashboard.ZONE), locale);
        model.addAttribute("view", view);
        model.addAttribute("weeks", period);
        model.addAttribute("periods", PERIODS);
        model.addAttribute("city", chosenCity == null ? "" : chosenCity);
        model.addAttribute("cities", List.of(City.values()));
        model.addAttribute("helpfulShare", view.headline().helpfulShare() == null ? "–"
                : Dashboard.percent(locale, view.headline().helpfulShare()));
        model.addAttribute("answeredShare", Dashboard.percent(locale, view.headline().answeredShare()));
        model.addAttribute("medianPickup", dashboard.duration(locale, view.headline().medianPickup()));
        return "admin/figures/figures";
    }
}
