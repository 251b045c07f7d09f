package ruhr.welcome.admin.faq;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import jakarta.servlet.http.HttpServletResponse;

import ruhr.welcome.admin.console.ConsolePage;
import ruhr.welcome.admin.security.StaffPrincipal;
import ruhr.welcome.knowledge.faq.EntryStatus;
import ruhr.welcome.knowledge.faq.FaqEntry;
import ruhr.welcome.knowledge.faq.IllegalStatusChange;
import ruhr.welcome.knowledge.faq.exchange.FaqFile;

/**
 * The entry editor: the entry's fields, its languages side by side, a preview as the bot sends it,
 * the workflow buttons, the version history and pending proposals.
 */
@Controller
@ConsolePage
@PreAuthorize("hasAnyRole('EDITOR', 'ADMIN')")
class FaqEditorPage {

    private final FaqEditing editing;
    private final FaqCatalog catalog;
    private final FaqViews views;

    FaqEditorPage(FaqEditing editing, FaqCatalog catalog, FaqViews views) {
        this.editing = editing;
        this.catalog = catalog;
        this.views = views;
    }

    @GetMapping("/admin/faq/new")
    String blank(@AuthenticationPrincipal StaffPrincipal staff, @RequestParam(required = false) List<String> show,
                 Model model, Locale locale) {
        var shown = EditorForm.shown(show, FaqEntry.SOURCE_LANGUAGE);
        return editor(model, locale, staff, null, EditorForm.blank(shown, Actor.of(staff).city()), previews(null, shown));
    }

    @PostMapping("/admin/faq/new")
    String create(@AuthenticationPrincipal StaffPrincipal staff, @RequestParam MultiValueMap<String, String> params,
                  Model model, Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
        var shown = EditorForm.shown(params.get("show"), FaqEntry.SOURCE_LANGUAGE);
        EditorForm form = EditorForm.parse(params, shown);
        EntryContent content = form.toContent(Map.of());
        if (!"save".equals(params.getFirst("action"))) {
            return editor(model, locale, staff, null, form, previews(content, shown));
        }
        try {
            FaqEntryState saved = editing.create(Actor.of(staff), content);
            redirect.addFlashAttribute("notice", "faq.notice.created");
            return "redirect:" + entryUrl(saved.entry().key(), shown);
        } catch (FaqValidationFailed e) {
            return invalid(model, locale, staff, null, form, content, shown, e, response);
        }
    }

    @GetMapping("/admin/faq/entry/{key}")
    String edit(@AuthenticationPrincipal StaffPrincipal staff, @PathVariable String key,
                @RequestParam(required = false) List<String> show, Model model, Locale locale) {
        FaqEntryState state = editing.find(key).orElseThrow(() -> new FaqEntryNotFound("entry " + key));
        var shown = EditorForm.shown(show, catalog.sourceLanguage(key));
        return editor(model, locale, staff, state, EditorForm.of(state, shown), previews(EntryContent.of(state.entry()), shown));
    }

    @PostMapping("/admin/faq/entry/{key}")
    String save(@AuthenticationPrincipal StaffPrincipal staff, @PathVariable String key,
                @RequestParam MultiValueMap<String, String> params, Model model, Locale locale,
                HttpServletResponse response, RedirectAttributes redirect) {
        FaqEntryState state = editing.find(key).orElseThrow(() -> new FaqEntryNotFound("entry " + key));
        var shown = EditorForm.shown(params.get("show"), catalog.sourceLanguage(key));
        EditorForm form = EditorForm.parse(params, shown);
        EntryContent content = form.toContent(state.entry().texts());
        String action = String.valueOf(params.getFirst("action"));
        try {
            switch (action) {
                case "save" -> {
                    editing.update(Actor.of(staff), key, form.version(), content);
                    redirect.addFlashAttribute("notice", "faq.notice.saved");
                }
                case "propose" -> {
                    editing.propose(Actor.of(staff), key, form.version(), content, form.note());
                    redirect.addFlashAttribute("notice", "faq.notice.proposed");
                }
                default -> {
                    return editor(model, locale, staff, state, form, previews(content, shown));
                }
            }
            return "redirect:" + entryUrl(key, shown);
        } catch (FaqValidationFailed e) {
            return invalid(model, locale, staff, state, form, content, shown, e, response);
        } catch (FaqEditConflict e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("alert", "faq.alert.conflict");
            return editor(model, locale, staff, state, form, previews(content, shown));
        }
    }

    @PostMapping("/admin/faq/entry/{key}/status")
    String status(@AuthenticationPrincipal StaffPrincipal staff, @PathVariable String key, @RequestParam String target,
                  @RequestParam int version, @RequestParam(required = false) List<String> show, RedirectAttributes redirect) {
        EntryStatus next;
        try {
            next = EntryStatus.valueOf(target.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            next = null;
        }
        try {
            if (next == null) {
                throw new IllegalArgumentException(target);
            }
            editing.changeStatus(Actor.of(staff), key, version, next);
            redirect.addFlashAttribute("notice", "faq.notice.status." + target.toLowerCase(Locale.ROOT));
        } catch (IllegalStatusChange | IllegalArgumentException e) {
            redirect.addFlashAttribute("alert", "faq.alert.status");
        } catch (FaqEditConflict e) {
            redirect.addFlashAttribute("alert", "faq.alert.conflict");
        }
        return "redirect:" + entryUrl(key, show);
    }

    @PostMapping("/admin/faq/entry/{key}/current")
    String current(@AuthenticationPrincipal StaffPrincipal staff, @PathVariable String key, @RequestParam String lang,
                   @RequestParam int version, @RequestParam(required = false) List<String> show, RedirectAttributes redirect) {
        try {
            editing.confirmTranslation(Actor.of(staff), key, version, lang);
            redirect.addFlashAttribute("notice", "faq.notice.current");
        } catch (FaqEditConflict e) {
            redirect.addFlashAttribute("alert", "faq.alert.conflict");
        }
        return "redirect:" + entryUrl(key, show);
    }

    @PostMapping("/admin/faq/entry/{key}/delete")
    String delete(@AuthenticationPrincipal StaffPrincipal staff, @PathVariable String key, @RequestParam int version,
                  RedirectAttributes redirect) {
        try {
            editing.delete(Actor.of(staff), key, version);
            redirect.addFlashAttribute("notice", "faq.notice.deleted");
            return "redirect:/admin/faq";
        } catch (FaqValidationFailed e) {
            redirect.addFlashAttribute("alert", "faq.alert.has-variants");
        } catch (FaqEditConflict e) {
            redirect.addFlashAttribute("alert", "faq.alert.conflict");
        }
        return "redirect:" + entryUrl(key, null);
    }

    @PostMapping("/admin/faq/entry/{key}/restore")
    String restore(@AuthenticationPrincipal StaffPrincipal staff, @PathVariable String key, @RequestParam int revision,
                   RedirectAttributes redirect) {
        try {
            editing.restore(Actor.of(staff), key, revision);
            redirect.addFlashAttribute("notice", "faq.notice.restored");
        } catch (FaqValidationFailed e) {
            redirect.addFlashAttribute("alert", "faq.alert.restore");
        }
        return "redirect:" + entryUrl(key, null);
    }

    @GetMapping("/admin/faq/entry/{key}/versions/{revision}")
    String version(@AuthenticationPrincipal StaffPrincipal staff, @PathVariable String key, @PathVariable int revision,
                   Model model, Locale locale) {
        FaqFile.Entry entry = editing.version(key, revision);
        views.choices(model, locale);
        model.addAttribute("key", key);
        model.addAttribute("revision", revision);
        model.addAttribute("entry", entry);
        model.addAttribute("info", editing.history(key).stream().filter(v -> v.revision() == revision).findFirst().orElseThrow());
        var previews = new LinkedHashMap<String, List<AnswerPreview.Block>>();
        entry.texts().forEach((lang, text) -> previews.put(lang, AnswerPreview.of(text)));
        model.addAttribute("previews", previews);
        model.addAttribute("mayRestore", Actor.of(staff).mayChange(entry.city())
                && editing.find(key).map(s -> Actor.of(staff).mayChange(s.entry().city())).orElse(true));
        return "admin/faq/version";
    }

    private String invalid(Model model, Locale locale, StaffPrincipal staff, FaqEntryState state, EditorForm form,
                           EntryContent content, List<String> shown, FaqValidationFailed e, HttpServletResponse response) {
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        model.addAttribute("problems", views.problems(e.violations(), locale));
        model.addAttribute("summary", views.summary(e.violations(), locale));
        return editor(model, locale, staff, state, form, previews(content, shown));
    }

    private String editor(Model model, Locale locale, StaffPrincipal staff, FaqEntryState state, EditorForm form,
                          Map<String, List<AnswerPreview.Block>> previews) {
        Actor actor = Actor.of(staff);
        views.choices(model, locale);
        model.addAttribute("form", form);
        model.addAttribute("shown", List.copyOf(form.texts().keySet()));
        model.addAttribute("previews", previews);
        model.addAttribute("regional", catalog.regionalEntries());
        if (!model.containsAttribute("problems")) {
            model.addAttribute("problems", Map.of());
            model.addAttribute("summary", List.of());
        }
        model.addAttribute("creating", state == null);
        if (state == null) {
            model.addAttribute("mayChange", true);
            model.addAttribute("mayPropose", false);
            model.addAttribute("restrictedCity", actor.city());
            return "admin/faq/editor";
        }
        String city = state.entry().city();
        String key = state.entry().key();
        EntryStatus status = EntryStatus.valueOf(state.entry().status().toUpperCase(Locale.ROOT));
        model.addAttribute("state", state);
        model.addAttribute("status", state.entry().status());
        model.addAttribute("nextStatuses", java.util.Arrays.stream(EntryStatus.values())
                .filter(status::canMoveTo).map(s -> s.name().toLowerCase(Locale.ROOT)).toList());
        model.addAttribute("mayChange", actor.mayChange(city));
        model.addAttribute("mayPropose", !actor.mayChange(city) && actor.mayPropose(city));
        model.addAttribute("restrictedCity", actor.city());
        model.addAttribute("stale", catalog.staleLanguages(key));
        model.addAttribute("existing", state.entry().texts().keySet());
        model.addAttribute("history", editing.history(key));
        model.addAttribute("requests", editing.pendingRequests(key));
        model.addAttribute("mayDecide", actor.unrestricted());
        return "admin/faq/editor";
    }

    private static Map<String, List<AnswerPreview.Block>> previews(EntryContent content, List<String> shown) {
        var previews = new LinkedHashMap<String, List<AnswerPreview.Block>>();
        for (String lang : shown) {
            FaqFile.Text text = content == null ? null : content.texts().get(lang);
            previews.put(lang, text == null ? List.of() : AnswerPreview.of(text));
        }
        return previews;
    }

    static String entryUrl(String key, List<String> shown) {
        var url = UriComponentsBuilder.fromPath("/admin/faq/entry/{key}");
        if (shown != null) {
            shown.forEach(lang -> url.queryParam("show", lang));
        }
        return url.buildAndExpand(key).encode().toUriString();
    }
}
