package ruhr.welcome.admin.faq;

import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

import ruhr.welcome.admin.console.ConsoleSection;
import ruhr.welcome.admin.security.StaffPrincipal;

/** A refused change is a 403 page, an unknown entry a 404 page, both inside the console's layout. */
@ControllerAdvice(assignableTypes = {FaqEditorPage.class, FaqListPage.class, FaqRequestsPage.class, FaqTransferPage.class})
class FaqPageErrors {

    private final ObjectProvider<ConsoleSection> sections;

    FaqPageErrors(ObjectProvider<ConsoleSection> sections) {
        this.sections = sections;
    }

    @ExceptionHandler(FaqEditRefused.class)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String refused(Model model) {
        return page(model, "faq.refused");
    }

    @ExceptionHandler(FaqEntryNotFound.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(Model model) {
        return page(model, "faq.not-found");
    }

    private String page(Model model, String messageKey) {
        // exception handlers get a fresh model: the navigation has to be added again
        if (SecurityContextHolder.getContext().getAuthentication() != null
                && SecurityContextHolder.getContext().getAuthentication().getPrincipal() instanceof StaffPrincipal staff) {
            model.addAttribute("staff", staff);
            model.addAttribute("sections", sections.orderedStream().filter(s -> s.roles().contains(staff.role())).toList());
        } else {
            model.addAttribute("sections", List.of());
        }
        model.addAttribute("messageKey", messageKey);
        return "admin/faq/problem";
    }
}
