package ruhr.welcome.admin.console;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The console's sign-in and start page; features add their own pages to the navigation. */
@Controller
@ConsolePage
class ConsoleController {

    @GetMapping("/admin/login")
    String login() {
        return "admin/login";
    }

    @GetMapping("/admin")
    String home() {
        return "admin/home";
    }
}
