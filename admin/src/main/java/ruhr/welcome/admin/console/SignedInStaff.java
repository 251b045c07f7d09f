package ruhr.welcome.admin.console;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import ruhr.welcome.admin.security.StaffPrincipal;

/** Every console page knows who is signed in (for the navigation and role-dependent parts). */
@ControllerAdvice(basePackages = "ruhr.welcome.admin")
class SignedInStaff {

    @ModelAttribute("staff")
    StaffPrincipal staff(@AuthenticationPrincipal StaffPrincipal staff) {
        return staff;
    }
}
