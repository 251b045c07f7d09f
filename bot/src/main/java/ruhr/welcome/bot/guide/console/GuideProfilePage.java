package ruhr.welcome.bot.guide.console;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.databind.json.JsonMapper;

import ruhr.welcome.admin.console.ConsolePage;
import ruhr.welcome.admin.security.AuditLog;
import ruhr.welcome.admin.security.StaffPrincipal;
import ruhr.welcome.bot.guide.GuideProfile;
import ruhr.welcome.bot.guide.GuideRoster;
import ruhr.welcome.bot.guide.GuideRoster.GuideView;
import ruhr.welcome.bot.i18n.ConsoleLabels;
import ruhr.welcome.knowledge.faq.City;
import ruhr.welcome.knowledge.faq.Topic;

/**
 * One guide for coordinators: correct the profile, deactivate (no offers; open chats go to other
 * guides with the brief) and reactivate. The guide is told in the bot; every change is audited.
 */
@Controller
@ConsolePage
@PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN')")
class GuideProfilePage {

    private final GuideRoster roster;
    private final ConsoleLabels labels;
    private final AuditLog audit;
    private final JsonMapper json;
    private final TransactionTemplate tx;

    GuideProfilePage(GuideRoster roster, ConsoleLabels labels, AuditLog audit, JsonMapper json, TransactionTemplate tx) {
        this.roster = roster;
        this.labels = labels;
        this.audit = audit;
        this.json = json;
        this.tx = tx;
    }

    @GetMapping("/admin/guides/{id}")
    String show(@PathVariable long id, Model model, Locale locale) {
        GuideView guide = guide(id);
        return page(guide, ProfileForm.of(guide.profile(), guide.version()), List.of(), model, locale);
    }

    @PostMapping("/admin/guides/{id}")
    String save(@PathVariable long id, @RequestParam MultiValueMap<String, String> params,
                @AuthenticationPrincipal StaffPrincipal staff, Model model, Locale locale, HttpServletResponse response) {
        GuideView guide = guide(id);
        ProfileForm form = ProfileForm.from(params);
        if (!guide.editable()) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return page(guide, form, List.of("guides.not-editable"), model, locale);
        }
        var parsed = form.parse(labels.languageCodes(), City.byIdSet(), Topic.byIdSet());
        if (!parsed.problems().isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(guide, form, parsed.problems(), model, locale);
        }
        try {
            tx.executeWithoutResult(status -> {
                GuideView before = guide(id);
                GuideView after = roster.amend(id, form.version, parsed.profile());
                audit.record(staff.username(), "guide.edit", "guide:" + id, json(before.profile()), json(after.profile()));
            });
        } catch (GuideRoster.ChangedMeanwhile | ObjectOptimisticLockingFailureException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            GuideView now = guide(id);
            return page(now, form, List.of("guides.error.changed"), model, locale);
        }
        return "redirect:/admin/guides/" + id + "?saved";
    }

    @PostMapping("/admin/guides/{id}/deactivate")
    String deactivate(@PathVariable long id, @AuthenticationPrincipal StaffPrincipal staff, Model model, Locale locale,
                      HttpServletResponse response) {
        GuideView guide = guide(id);
        if (guide.left() || guide.deactivated()) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return page(guide, ProfileForm.of(guide.profile(), guide.version()), List.of("guides.error.state"), model, locale);
        }
        Integer handedOver = tx.execute(status -> {
            int chats = roster.deactivate(id);
            audit.record(staff.username(), "guide.deactivate", "guide:" + id, "{\"deactivated\":false}",
                    "{\"deactivated\":true,\"chatsHandedOver\":" + chats + "}");
            return chats;
        });
        return "redirect:/admin/guides/" + id + "?deactivated=" + handedOver;
    }

    @PostMapping("/admin/guides/{id}/reactivate")
    String reactivate(@PathVariable long id, @AuthenticationPrincipal StaffPrincipal staff, Model model, Locale locale,
                      HttpServletResponse response) {
        GuideView guide = guide(id);
        if (guide.left() || !guide.deactivated()) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return page(guide, ProfileForm.of(guide.profile(), guide.version()), List.of("guides.error.state"), model, locale);
        }
        tx.executeWithoutResult(status -> {
            roster.reactivate(id);
            audit.record(staff.username(), "guide.reactivate", "guide:" + id, "{\"deactivated\":true}", "{\"deactivated\":false}");
        });
        return "redirect:/admin/guides/" + id + "?reactivated";
    }

    private String page(GuideView guide, ProfileForm form, List<String> problems, Model model, Locale locale) {
        model.addAttribute("guide", guide);
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        model.addAttribute("languageOptions", labels.languages(form.languages, locale));
        model.addAttribute("cityOptions", ConsoleLabels.cities(form.cities));
        model.addAttribute("topicOptions", labels.topics(form.topics, locale));
        var days = new LinkedHashMap<Integer, String>();
        for (int day = 1; day <= 7; day++) {
            days.put(day, ConsoleLabels.weekday(day, locale));
        }
        model.addAttribute("days", days);
        return "admin/guides/edit";
    }

    private GuideView guide(long id) {
        return roster.view(id).orElseThrow(() -> new ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND));
    }

    private String json(GuideProfile profile) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("displayName", profile.displayName());
        fields.put("languages", profile.languages());
        fields.put("cities", profile.cities());
        fields.put("topics", profile.topics());
        fields.put("windows", profile.sortedWindows().stream().map(w -> w.dayOfWeek() + " " + w.start() + "-" + w.end()).toList());
        fields.put("maxOpenChats", profile.maxOpenChats());
        return json.writeValueAsString(fields);
    }
}
