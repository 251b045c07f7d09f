package ruhr.welcome.admin.staff;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ruhr.welcome.admin.api.ApiTokens;
import ruhr.welcome.admin.api.TokenRefused;
import ruhr.welcome.admin.api.TokenRole;
import ruhr.welcome.admin.console.ConsolePage;
import ruhr.welcome.admin.console.ConsoleSection;
import ruhr.welcome.admin.security.Role;
import ruhr.welcome.admin.security.StaffPrincipal;
import ruhr.welcome.knowledge.faq.City;

/**
 * The admins' page of API tokens for automation: new tokens (the secret shown once), what exists,
 * when each was last used, and revocation.
 */
@Controller
@ConsolePage
@PreAuthorize("hasRole('ADMIN')")
@RequestMapping("/admin/staff/tokens")
class TokensPage {

    private static final ZoneId REGION_TIME = ZoneId.of("Europe/Berlin");

    /** What the creation form had, to fill it again after a refusal. */
    record NewToken(String name, String role, String city, String expires) {
        static final NewToken EMPTY = new NewToken("", TokenRole.READ_ONLY.name(), "", "");
    }

    private final ApiTokens tokens;

    TokensPage(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @Bean
    static ConsoleSection tokensSection() {
        return new ConsoleSection("/admin/staff/tokens", "nav.tokens", Set.of(Role.ADMIN));
    }

    @GetMapping
    String list(Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", NewToken.EMPTY);
        }
        model.addAttribute("tokens", tokens.list());
        model.addAttribute("roles", TokenRole.values());
        model.addAttribute("cities", List.of(City.values()));
        model.addAttribute("today", LocalDate.now(REGION_TIME));
        return "admin/staff/tokens";
    }

    @PostMapping
    String create(@AuthenticationPrincipal StaffPrincipal admin, @RequestParam String name, @RequestParam String role,
                  @RequestParam(defaultValue = "") String city, @RequestParam(defaultValue = "") String expires, Model model) {
        try {
            TokenRole chosen = role.equals(TokenRole.EDITOR.name()) ? TokenRole.EDITOR
                    : role.equals(TokenRole.READ_ONLY.name()) ? TokenRole.READ_ONLY : null;
            // valid through the chosen day, German time
            var expiresAt = expires.isBlank() ? null
                    : LocalDate.parse(expires).plusDays(1).atStartOfDay(REGION_TIME).toInstant();
            var issued = tokens.create(name, chosen, city, expiresAt, admin.username());
            model.addAttribute("issued", issued);
        } catch (DateTimeParseException e) {
            refused(model, "expiry-format", new NewToken(name, role, city, expires));
        } catch (TokenRefused e) {
            refused(model, e.code(), new NewToken(name, role, city, expires));
        }
        return list(model);
    }

    @PostMapping("/{id}/revoke")
    String revoke(@AuthenticationPrincipal StaffPrincipal admin, @PathVariable long id, RedirectAttributes redirect) {
        try {
            tokens.revoke(id, admin.username());
            redirect.addFlashAttribute("done", "revoked");
        } catch (TokenRefused | IllegalStateException e) {
            // unknown or already revoked: either way it no longer works
            redirect.addFlashAttribute("error", "revoke");
        }
        return "redirect:/admin/staff/tokens";
    }

    private static void refused(Model model, String code, NewToken form) {
        model.addAttribute("error", code);
        model.addAttribute("form", form);
    }
}
