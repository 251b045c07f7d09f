package ruhr.welcome.admin.staff;

import java.util.Arrays;
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

import ruhr.welcome.admin.console.ConsolePage;
import ruhr.welcome.admin.console.ConsoleSection;
import ruhr.welcome.admin.security.Role;
import ruhr.welcome.admin.security.StaffAccounts;
import ruhr.welcome.admin.security.StaffChangeRefused;
import ruhr.welcome.admin.security.StaffPrincipal;
import ruhr.welcome.knowledge.faq.City;

/**
 * The admins' page of staff accounts: who has access with which role, new accounts, and the
 * changes an admin makes (disable, enable, unlock, role and city, new password). A password is
 * shown once, right after it was generated; hashes never.
 */
@Controller
@ConsolePage
@PreAuthorize("hasRole('ADMIN')")
@RequestMapping("/admin/staff")
class StaffPage {

    /** What the creation form had, to fill it again after a refusal; never the password. */
    record NewAccount(String username, String displayName, String role, String city) {
        static final NewAccount EMPTY = new NewAccount("", "", Role.EDITOR.name(), "");
    }

    /** A password to show once, for whom. */
    record OneTimePassword(String username, String password) {
    }

    private final StaffAccounts accounts;

    StaffPage(StaffAccounts accounts) {
        this.accounts = accounts;
    }

    @Bean
    static ConsoleSection staffSection() {
        return new ConsoleSection("/admin/staff", "nav.staff", Set.of(Role.ADMIN));
    }

    @GetMapping
    String list(Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", NewAccount.EMPTY);
        }
        model.addAttribute("accounts", accounts.list());
        model.addAttribute("roles", Role.values());
        model.addAttribute("cities", List.of(City.values()));
        model.addAttribute("minPassword", StaffAccounts.MIN_PASSWORD_LENGTH);
        return "admin/staff/list";
    }

    @PostMapping
    String create(@AuthenticationPrincipal StaffPrincipal admin, @RequestParam String username,
                  @RequestParam(defaultValue = "") String displayName, @RequestParam String role,
                  @RequestParam(defaultValue = "") String city, @RequestParam(defaultValue = "") String password,
                  Model model) {
        try {
            Role chosen = role(role);
            // an empty field means: generate one and show it once
            String initial = password.isEmpty() ? accounts.generatePassword(username) : password;
            var created = accounts.create(username, displayName, initial, chosen, city, admin.username());
            if (password.isEmpty()) {
                model.addAttribute("oneTime", new OneTimePassword(created.username(), initial));
            }
            model.addAttribute("done", "created");
        } catch (StaffChangeRefused e) {
            model.addAttribute("error", e.code());
            model.addAttribute("errorField", e.field());
            model.addAttribute("form", new NewAccount(username, displayName, role, city));
        }
        return list(model);
    }

    @PostMapping("/{id}/enabled")
    String enabled(@AuthenticationPrincipal StaffPrincipal admin, @PathVariable long id, @RequestParam boolean enabled,
                   RedirectAttributes redirect) {
        return change(redirect, enabled ? "enabled" : "disabled", () -> accounts.setEnabled(id, enabled, admin.username()));
    }

    @PostMapping("/{id}/unlock")
    String unlock(@AuthenticationPrincipal StaffPrincipal admin, @PathVariable long id, RedirectAttributes redirect) {
        return change(redirect, "unlocked", () -> accounts.unlock(id, admin.username()));
    }

    @PostMapping("/{id}/role")
    String role(@AuthenticationPrincipal StaffPrincipal admin, @PathVariable long id, @RequestParam String role,
                @RequestParam(defaultValue = "") String city, RedirectAttributes redirect) {
        return change(redirect, "role", () -> accounts.changeRole(id, role(role), city, admin.username()));
    }

    @PostMapping("/{id}/password")
    String password(@AuthenticationPrincipal StaffPrincipal admin, @PathVariable long id, Model model) {
        try {
            String password = accounts.resetPassword(id, null, admin.username());
            String username = accounts.list().stream().filter(a -> a.id() == id).findFirst().orElseThrow().username();
            model.addAttribute("oneTime", new OneTimePassword(username, password));
            model.addAttribute("done", "password");
        } catch (StaffChangeRefused e) {
            model.addAttribute("error", e.code());
        }
        return list(model);
    }

    private static String change(RedirectAttributes redirect, String done, Runnable change) {
        try {
            change.run();
            redirect.addFlashAttribute("done", done);
        } catch (StaffChangeRefused e) {
            redirect.addFlashAttribute("error", e.code());
        }
        return "redirect:/admin/staff";
    }

    /** Null for anything that is not a role; the accounts service refuses that with a reason. */
    private static Role role(String name) {
        return Arrays.stream(Role.values()).filter(r -> r.name().equals(name)).findFirst().orElse(null);
    }
}
