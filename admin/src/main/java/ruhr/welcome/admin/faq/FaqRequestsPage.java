package ruhr.welcome.admin.faq;

import java.util.Locale;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ruhr.welcome.admin.console.ConsolePage;
import ruhr.welcome.admin.security.StaffPrincipal;

/** Changes city editors proposed to regional entries, side by side with the entry as it is now. */
@Controller
@ConsolePage
@PreAuthorize("hasAnyRole('EDITOR', 'ADMIN')")
class FaqRequestsPage {

    /** A proposal with what it would change. */
    record Pending(ChangeRequestView request, EntryDiff diff, int currentVersion) {
    }

    private final FaqEditing editing;
    private final FaqViews views;

    FaqRequestsPage(FaqEditing editing, FaqViews views) {
        this.editing = editing;
        this.views = views;
    }

    @GetMapping("/admin/faq/requests")
    String requests(@AuthenticationPrincipal StaffPrincipal staff, Model model, Locale locale) {
        views.choices(model, locale);
        model.addAttribute("pending", editing.pendingRequests().stream().map(r -> {
            var current = editing.find(r.entryKey());
            return new Pending(r, current.map(c -> EntryDiff.between(c.entry(), r.proposal())).orElse(null),
                    current.map(FaqEntryState::version).orElse(-1));
        }).toList());
        model.addAttribute("mayDecide", Actor.of(staff).unrestricted());
        return "admin/faq/requests";
    }

    @PostMapping("/admin/faq/requests/{id}/accept")
    String accept(@AuthenticationPrincipal StaffPrincipal staff, @PathVariable long id, RedirectAttributes redirect) {
        return decide(() -> editing.accept(Actor.of(staff), id), "faq.notice.accepted", redirect);
    }

    @PostMapping("/admin/faq/requests/{id}/reject")
    String reject(@AuthenticationPrincipal StaffPrincipal staff, @PathVariable long id, RedirectAttributes redirect) {
        return decide(() -> editing.reject(Actor.of(staff), id), "faq.notice.rejected", redirect);
    }

    private static String decide(Runnable decision, String notice, RedirectAttributes redirect) {
        try {
            decision.run();
            redirect.addFlashAttribute("notice", notice);
        } catch (IllegalStateException | FaqValidationFailed | FaqEntryNotFound e) {
            redirect.addFlashAttribute("alert", "faq.alert.request");
        }
        return "redirect:/admin/faq/requests";
    }
}
