package ruhr.welcome.admin.gaps;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ruhr.welcome.admin.console.ConsolePage;
import ruhr.welcome.admin.console.ConsoleSection;
import ruhr.welcome.admin.security.Role;
import ruhr.welcome.admin.security.StaffPrincipal;
import ruhr.welcome.knowledge.faq.PublishedFaq;
import ruhr.welcome.knowledge.language.Languages;

/** The editors' gaps inbox: groups of questions the bot did not serve well, and what to do with them. */
@Controller
@ConsolePage
@PreAuthorize("hasAnyRole('EDITOR', 'ADMIN')")
class GapsPage {

    static final int MAX_ALTERNATE = 500;
    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final String ENTRY_KEY = "[a-z0-9][a-z0-9-]{2,79}";

    private final GapsInbox inbox;
    private final GapActions actions;
    private final ObjectProvider<AlternatePhrasings> alternates;
    private final PublishedFaq faq;

    GapsPage(GapsInbox inbox, GapActions actions, ObjectProvider<AlternatePhrasings> alternates, PublishedFaq faq) {
        this.inbox = inbox;
        this.actions = actions;
        this.alternates = alternates;
        this.faq = faq;
    }

    @Bean
    static ConsoleSection gapsSection() {
        return new ConsoleSection("/admin/gaps", "nav.gaps", Set.of(Role.EDITOR, Role.ADMIN));
    }

    @GetMapping("/admin/gaps")
    String inbox(@AuthenticationPrincipal StaffPrincipal staff, @RequestParam(defaultValue = "newest") String order,
                 Locale locale, Model model) {
        GapsInbox.Order chosen = "count".equals(order) ? GapsInbox.Order.COUNT : GapsInbox.Order.NEWEST;
        model.addAttribute("inbox", inbox.inbox(staff, chosen, locale.getLanguage(), Instant.now()));
        model.addAttribute("order", chosen.name().toLowerCase(Locale.ROOT));
        model.addAttribute("scope", GapsInbox.scope(staff));
        model.addAttribute("alternates", alternates.getIfAvailable() != null);
        model.addAttribute("languages", Languages.SUPPORTED);
        model.addAttribute("zone", ZONE);
        return "admin/gaps/inbox";
    }

    @PostMapping("/admin/gaps/dismiss")
    String dismiss(@AuthenticationPrincipal StaffPrincipal staff, @RequestParam(name = "items", required = false) List<String> refs,
                   RedirectAttributes redirect) {
        List<ItemRef> items = new ArrayList<>();
        for (String ref : refs == null ? List.<String>of() : refs) {
            ItemRef item = ItemRef.parse(ref).orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST));
            visible(staff, item);
            items.add(item);
        }
        if (items.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        int dismissed = actions.dismiss(items, staff);
        redirect.addFlashAttribute("notice", "dismissed");
        redirect.addFlashAttribute("count", dismissed);
        return "redirect:/admin/gaps";
    }

    @PostMapping("/admin/gaps/alternate")
    String alternate(@AuthenticationPrincipal StaffPrincipal staff, @RequestParam String item, @RequestParam String entry,
                     @RequestParam String lang, @RequestParam String text, RedirectAttributes redirect) {
        AlternatePhrasings phrasings = alternates.getIfAvailable();
        if (phrasings == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        ItemRef ref = ItemRef.parse(item).orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST));
        visible(staff, ref);
        String key = entry.strip();
        String phrasing = text.strip();
        if (!Languages.SUPPORTED.contains(lang)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        redirect.addFlashAttribute("entry", key);
        if (!key.matches(ENTRY_KEY)) {
            redirect.addFlashAttribute("notice", "unknown-entry");
            return "redirect:/admin/gaps";
        }
        if (phrasing.isEmpty() || phrasing.length() > MAX_ALTERNATE) {
            redirect.addFlashAttribute("notice", "bad-text");
            return "redirect:/admin/gaps";
        }
        Optional<String> entryCity = faq.byKey(key).map(PublishedFaq.Shown::city);
        if (entryCity.isPresent() && !staff.mayEdit(entryCity.get())) {
            throw new AccessDeniedException("entry of another city");
        }
        try {
            actions.addAlternate(phrasings, ref, key, lang, phrasing, staff);
            redirect.addFlashAttribute("notice", "alternate-added");
        } catch (NoSuchElementException e) {
            redirect.addFlashAttribute("notice", "unknown-entry");
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("notice", "alternate-refused");
            redirect.addFlashAttribute("reason", e.getMessage());
        }
        return "redirect:/admin/gaps";
    }

    /** Items of other cities are not this editor's to see: they are as absent as unknown ones. */
    private void visible(StaffPrincipal staff, ItemRef ref) {
        if (inbox.visibleItem(staff, ref).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }
}
