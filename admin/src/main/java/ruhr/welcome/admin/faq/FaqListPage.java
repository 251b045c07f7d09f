package ruhr.welcome.admin.faq;

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

/** The entry list with filters, search and pages, and the translation coverage matrix. */
@Controller
@ConsolePage
@PreAuthorize("hasAnyRole('EDITOR', 'ADMIN')")
class FaqListPage {

    private final FaqCatalog catalog;
    private final FaqEditing editing;
    private final FaqViews views;

    FaqListPage(FaqCatalog catalog, FaqEditing editing, FaqViews views) {
        this.catalog = catalog;
        this.editing = editing;
        this.views = views;
    }

    @Bean
    static ConsoleSection faqSection() {
        return new ConsoleSection("/admin/faq", "nav.faq", Set.of(Role.EDITOR, Role.ADMIN));
    }

    @Bean
    static ConsoleSection faqCoverageSection() {
        return new ConsoleSection("/admin/faq/coverage", "nav.faq-coverage", Set.of(Role.EDITOR, Role.ADMIN));
    }

    @GetMapping("/admin/faq")
    String list(@RequestParam(required = false) String topic, @RequestParam(required = false) String audience,
                @RequestParam(required = false) String city, @RequestParam(required = false) String lang,
                @RequestParam(required = false) String status, @RequestParam(required = false) String missing,
                @RequestParam(required = false) String q, @RequestParam(defaultValue = "1") int page,
                Model model, Locale locale) {
        var filter = new FaqCatalog.Filter(topic, audience, city, lang, status, missing, q);
        views.choices(model, locale);
        model.addAttribute("filter", filter);
        model.addAttribute("result", catalog.list(filter, page));
        model.addAttribute("pendingRequests", editing.pendingRequests().size());
        return "admin/faq/list";
    }

    @GetMapping("/admin/faq/coverage")
    String coverage(@RequestParam(required = false) String topic, @RequestParam(required = false) String city,
                    @RequestParam(required = false) String status, Model model, Locale locale) {
        var filter = new FaqCatalog.Filter(topic, null, city, null, status, null, null);
        views.choices(model, locale);
        model.addAttribute("filter", filter);
        model.addAttribute("coverage", catalog.coverage(filter));
        return "admin/faq/coverage";
    }
}
