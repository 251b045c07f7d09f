package ruhr.welcome.admin.console;

import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import ruhr.welcome.admin.security.StaffPrincipal;
import ruhr.welcome.knowledge.faq.City;

/** Every console page knows who is signed in (for the navigation and role-dependent parts). */
@ControllerAdvice(annotations = ConsolePage.class)
class SignedInStaff {

    private final ObjectProvider<ConsoleSection> sections;

    SignedInStaff(ObjectProvider<ConsoleSection> sections) {
        this.sections = sections;
    }

    @ModelAttribute("staff")
    StaffPrincipal staff(@AuthenticationPrincipal StaffPrincipal staff) {
        return staff;
    }

    /** City names by id, for pages that list what is stored by id. */
    @ModelAttribute("cityNames")
    Map<String, String> cityNames() {
        return City.names();
    }

    /** The navigation: the sections this person's role may open. */
    @ModelAttribute("sections")
    List<ConsoleSection> sections(@AuthenticationPrincipal StaffPrincipal staff) {
        return staff == null ? List.of() : sections.orderedStream().filter(s -> s.roles().contains(staff.role())).toList();
    }
}
