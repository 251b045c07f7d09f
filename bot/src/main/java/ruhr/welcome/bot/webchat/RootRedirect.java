package ruhr.welcome.bot.webchat;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Whoever opens the bare address is a newcomer looking for the chat. */
@Controller
class RootRedirect {

    @GetMapping("/")
    String root() {
        return "redirect:/chat";
    }
}
