package ruhr.welcome.admin.ask;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import ruhr.welcome.admin.console.ConsolePage;
import ruhr.welcome.admin.console.ConsoleSection;
import ruhr.welcome.admin.security.Role;
import ruhr.welcome.admin.security.StaffPrincipal;
import ruhr.welcome.knowledge.faq.City;
import ruhr.welcome.knowledge.language.Languages;

/**
 * "Ask the bot": editors type a question and see what the bot makes of it, step by step. Nothing
 * is written to the question log: an editor's test is not a newcomer's question.
 */
@Controller
@ConsolePage
@PreAuthorize("hasAnyRole('EDITOR', 'ADMIN')")
class AskPage {

    private final BotTrial trial;

    AskPage(BotTrial trial) {
        this.trial = trial;
    }

    @Bean
    static ConsoleSection askSection() {
        return new ConsoleSection("/admin/ask", "nav.ask", Set.of(Role.EDITOR, Role.ADMIN));
    }

    @GetMapping("/admin/ask")
    String form(@AuthenticationPrincipal StaffPrincipal staff, Locale locale, Model model) {
        return page(model, locale, "", "", staff.city() == null ? "" : staff.city());
    }

    @PostMapping("/admin/ask")
    String ask(@RequestParam(defaultValue = "") String question, @RequestParam(defaultValue = "") String lang,
               @RequestParam(defaultValue = "") String city, Locale locale, Model model) {
        String text = question.strip();
        String chosenLang = Languages.SUPPORTED.contains(lang) ? lang : "";
        String chosenCity = City.byId(city).isPresent() ? city : "";
        page(model, locale, text, chosenLang, chosenCity);
        if (text.isEmpty()) {
            model.addAttribute("problem", "ask.problem.empty");
        } else if (text.length() > BotTrial.MAX_QUESTION) {
            model.addAttribute("problem", "ask.problem.too-long");
        } else {
            model.addAttribute("result", trial.ask(text, chosenLang.isEmpty() ? null : chosenLang,
                    chosenCity.isEmpty() ? null : chosenCity));
        }
        return "admin/ask/ask";
    }

    private String page(Model model, Locale locale, String question, String lang, String city) {
        model.addAttribute("question", question);
        model.addAttribute("lang", lang);
        model.addAttribute("city", city);
        model.addAttribute("languages", Languages.SUPPORTED);
        model.addAttribute("cities", List.of(City.values()));
        model.addAttribute("maxLength", BotTrial.MAX_QUESTION);
        Map<String, String> names = new HashMap<>();
        Languages.DETECTABLE.forEach(code -> names.put(code, Locale.forLanguageTag(code).getDisplayLanguage(locale)));
        model.addAttribute("names", names);
        return "admin/ask/ask";
    }
}
