package ruhr.welcome.bot.referral;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
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
import ruhr.welcome.admin.console.ConsoleSection;
import ruhr.welcome.admin.security.AuditLog;
import ruhr.welcome.admin.security.Role;
import ruhr.welcome.admin.security.StaffPrincipal;
import ruhr.welcome.bot.i18n.ConsoleLabels;

/**
 * The editors' list of professional services guides refer newcomers to. An editor limited to one
 * city maintains that city's services; regional ones are for regional editors. Every change is
 * audited.
 */
@Controller
@ConsolePage
@PreAuthorize("hasAnyRole('EDITOR', 'ADMIN')")
class ReferralsPage {

    /** A service as the list shows it, with labels in the console's language. */
    record ServiceRow(long id, String name, List<String> areaKeys, String city, String phone, String url, String languages,
                      boolean editable) {
    }

    private final Referrals referrals;
    private final ConsoleLabels labels;
    private final AuditLog audit;
    private final JsonMapper json;
    private final TransactionTemplate tx;

    ReferralsPage(Referrals referrals, ConsoleLabels labels, AuditLog audit, JsonMapper json, TransactionTemplate tx) {
        this.referrals = referrals;
        this.labels = labels;
        this.audit = audit;
        this.json = json;
        this.tx = tx;
    }

    @Bean
    @Order(150)
    static ConsoleSection referralsSection() {
        return new ConsoleSection("/admin/referrals", "nav.referrals", Set.of(Role.EDITOR, Role.ADMIN));
    }

    @GetMapping("/admin/referrals")
    String list(@AuthenticationPrincipal StaffPrincipal staff, Model model, Locale locale) {
        model.addAttribute("services", referrals.all().stream().map(s -> new ServiceRow(s.getId(), s.getName(),
                s.getSortedAreas().stream().map(a -> "referrals.area." + a.id()).toList(),
                s.getCity() == null ? null : ConsoleLabels.city(s.getCity()), s.getPhone(), s.getUrl(),
                s.getLanguages().stream().map(l -> labels.language(l, locale)).collect(Collectors.joining(", ")),
                mayEdit(staff, s.getCity()))).toList());
        return "admin/referrals/list";
    }

    @GetMapping("/admin/referrals/new")
    String blank(@AuthenticationPrincipal StaffPrincipal staff, Model model, Locale locale) {
        var draft = new ReferralDraft(null, Set.of(), staff.city(), null, null, List.of("de"));
        return form(null, 0, draft, List.of(), staff, model, locale);
    }

    @PostMapping("/admin/referrals")
    String create(@RequestParam MultiValueMap<String, String> params, @AuthenticationPrincipal StaffPrincipal staff,
                  Model model, Locale locale, HttpServletResponse response) {
        ReferralDraft draft = draft(params);
        List<String> problems = problems(draft, staff);
        if (!problems.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return form(null, 0, draft, problems, staff, model, locale);
        }
        tx.executeWithoutResult(status -> {
            Referral created = referrals.create(draft);
            audit.record(staff.username(), "referral.create", "referral:" + created.getId(), null, json(draft));
        });
        return "redirect:/admin/referrals?saved";
    }

    @GetMapping("/admin/referrals/{id}")
    String edit(@PathVariable long id, @AuthenticationPrincipal StaffPrincipal staff, Model model, Locale locale) {
        Referral service = service(id, staff);
        return form(id, service.getVersion(), service.draft(), List.of(), staff, model, locale);
    }

    @PostMapping("/admin/referrals/{id}")
    String update(@PathVariable long id, @RequestParam MultiValueMap<String, String> params,
                  @AuthenticationPrincipal StaffPrincipal staff, Model model, Locale locale, HttpServletResponse response) {
        Referral service = service(id, staff);
        ReferralDraft draft = draft(params);
        String version = params.getFirst("version");
        int expected = version != null && version.matches("\\d{1,9}") ? Integer.parseInt(version) : -1;
        List<String> problems = problems(draft, staff);
        if (!problems.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return form(id, expected, draft, problems, staff, model, locale);
        }
        try {
            tx.executeWithoutResult(status -> {
                referrals.update(id, expected, draft);
                audit.record(staff.username(), "referral.update", "referral:" + id, json(service.draft()), json(draft));
            });
        } catch (Referrals.ChangedMeanwhile | ObjectOptimisticLockingFailureException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            Referral now = service(id, staff);
            return form(id, now.getVersion(), draft, List.of("referrals.error.changed"), staff, model, locale);
        }
        return "redirect:/admin/referrals?saved";
    }

    @PostMapping("/admin/referrals/{id}/delete")
    String delete(@PathVariable long id, @AuthenticationPrincipal StaffPrincipal staff) {
        Referral service = service(id, staff);
        tx.executeWithoutResult(status -> {
            referrals.delete(referrals.find(id).orElseThrow());
            audit.record(staff.username(), "referral.delete", "referral:" + id, json(service.draft()), null);
        });
        return "redirect:/admin/referrals?deleted";
    }

    private String form(Long id, int version, ReferralDraft draft, List<String> problems, StaffPrincipal staff, Model model,
                        Locale locale) {
        model.addAttribute("id", id);
        model.addAttribute("version", version);
        model.addAttribute("draft", draft);
        model.addAttribute("problems", problems);
        var areas = new LinkedHashMap<String, Boolean>();
        Arrays.stream(ReferralArea.values()).forEach(a -> areas.put(a.id(), draft.areas().contains(a)));
        model.addAttribute("areaOptions", areas);
        model.addAttribute("cityOptions", staff.city() == null ? ConsoleLabels.cities(draft.city() == null ? List.of() : List.of(draft.city()))
                : ConsoleLabels.cities(List.of(staff.city())).stream().filter(o -> o.value().equals(staff.city())).toList());
        model.addAttribute("regional", staff.city() == null);
        model.addAttribute("languageOptions", labels.languages(draft.languages(), locale));
        return "admin/referrals/edit";
    }

    /** The service, if this person may change it: city editors only their city's. */
    private Referral service(long id, StaffPrincipal staff) {
        Referral service = referrals.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!mayEdit(staff, service.getCity())) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        return service;
    }

    private static boolean mayEdit(StaffPrincipal staff, String city) {
        return staff.role() == Role.ADMIN || staff.city() == null || staff.city().equals(city);
    }

    private List<String> problems(ReferralDraft draft, StaffPrincipal staff) {
        var problems = new ArrayList<>(draft.problems(labels.languageCodes()));
        if (!mayEdit(staff, draft.city())) {
            problems.add("referrals.error.own-city");
        }
        return problems;
    }

    private static ReferralDraft draft(MultiValueMap<String, String> params) {
        Set<ReferralArea> areas = values(params, "areas").stream().flatMap(a -> ReferralArea.byId(a).stream())
                .collect(Collectors.toSet());
        boolean unknownArea = values(params, "areas").stream().anyMatch(a -> ReferralArea.byId(a).isEmpty());
        return new ReferralDraft(params.getFirst("name"), unknownArea ? Set.of() : areas, params.getFirst("city"),
                params.getFirst("phone"), params.getFirst("url"), values(params, "languages"));
    }

    private static List<String> values(MultiValueMap<String, String> params, String name) {
        List<String> values = params.get(name);
        return values == null ? List.of() : values.stream().filter(v -> v != null && !v.isBlank()).distinct().toList();
    }

    private String json(ReferralDraft draft) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("name", draft.name());
        fields.put("areas", draft.areas().stream().map(ReferralArea::id).sorted().toList());
        fields.put("city", draft.city());
        fields.put("phone", draft.phone());
        fields.put("url", draft.url());
        fields.put("languages", draft.languages());
        return json.writeValueAsString(fields);
    }
}
