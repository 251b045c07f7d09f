package ruhr.welcome.admin.faq;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.util.MultiValueMap;

import ruhr.welcome.knowledge.faq.exchange.FaqFile;
import ruhr.welcome.knowledge.language.Languages;

/**
 * The editor page's form: the entry's own fields and, side by side, the texts of the languages the
 * editor chose to show. Languages not shown keep their stored texts when the form is saved.
 *
 * @param texts per shown language, in the order shown (the source language first)
 */
record EditorForm(String key, int version, String city, String variantOf, String lastReviewed, List<String> topics,
                  List<String> audiences, String note, Map<String, TextForm> texts) {

    /** Empty link rows offered under the existing ones. */
    static final int SPARE_LINKS = 2;

    record TextForm(String question, String alternates, String answer, List<LinkForm> links, boolean remove) {

        public boolean blank() {
            return isBlank(question) && isBlank(alternates) && isBlank(answer)
                    && links.stream().allMatch(l -> isBlank(l.title()) && isBlank(l.url()));
        }

        FaqFile.Text toText() {
            List<String> phrasings = alternates == null ? List.of()
                    : alternates.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
            return new FaqFile.Text(question == null ? "" : question, phrasings, answer == null ? "" : answer,
                    links.stream().filter(l -> !isBlank(l.title()) || !isBlank(l.url()))
                            .map(l -> new FaqFile.Link(l.title(), l.url())).toList());
        }

        /** The links with spare empty rows, for the template. */
        public List<LinkForm> linkRows() {
            var rows = new ArrayList<>(links.stream().filter(l -> !isBlank(l.title()) || !isBlank(l.url())).toList());
            for (int i = 0; i < SPARE_LINKS; i++) {
                rows.add(new LinkForm("", ""));
            }
            return rows;
        }

        static TextForm of(FaqFile.Text text) {
            if (text == null) {
                return new TextForm("", "", "", List.of(), false);
            }
            return new TextForm(text.question(), String.join("\n", text.alternates()), text.answer(),
                    text.links().stream().map(l -> new LinkForm(l.title(), l.url())).toList(), false);
        }
    }

    record LinkForm(String title, String url) {
    }

    static EditorForm of(FaqEntryState state, List<String> shown) {
        FaqFile.Entry e = state.entry();
        var texts = new LinkedHashMap<String, TextForm>();
        shown.forEach(lang -> texts.put(lang, TextForm.of(e.texts().get(lang))));
        return new EditorForm(e.key(), state.version(), e.city(), e.variantOf(), String.valueOf(e.lastReviewed()),
                e.topics(), e.audiences(), "", texts);
    }

    static EditorForm blank(List<String> shown, String city) {
        var texts = new LinkedHashMap<String, TextForm>();
        shown.forEach(lang -> texts.put(lang, TextForm.of(null)));
        return new EditorForm("", 0, city, null, LocalDate.now().toString(), List.of(), List.of(), "", texts);
    }

    static EditorForm parse(MultiValueMap<String, String> form, List<String> shown) {
        var texts = new LinkedHashMap<String, TextForm>();
        for (String lang : shown) {
            List<String> titles = form.getOrDefault("linkTitle." + lang, List.of());
            List<String> urls = form.getOrDefault("linkUrl." + lang, List.of());
            var links = new ArrayList<LinkForm>();
            for (int i = 0; i < Math.max(titles.size(), urls.size()); i++) {
                links.add(new LinkForm(i < titles.size() ? titles.get(i) : "", i < urls.size() ? urls.get(i) : ""));
            }
            texts.put(lang, new TextForm(form.getFirst("q." + lang), form.getFirst("alt." + lang),
                    form.getFirst("answer." + lang), links, form.containsKey("remove." + lang)));
        }
        int version;
        try {
            version = Integer.parseInt(String.valueOf(form.getFirst("version")));
        } catch (NumberFormatException e) {
            version = -1;
        }
        return new EditorForm(value(form, "key"), version, value(form, "city"), value(form, "variantOf"),
                value(form, "lastReviewed"), form.getOrDefault("topics", List.of()), form.getOrDefault("audiences", List.of()),
                value(form, "note"), texts);
    }

    /**
     * The entry this form describes: the shown languages as typed (a removed one dropped, an empty new
     * one left out), the other languages as stored.
     */
    EntryContent toContent(Map<String, FaqFile.Text> stored) {
        var all = new TreeMap<>(stored);
        texts.forEach((lang, text) -> {
            if (text.remove() || (text.blank() && !stored.containsKey(lang))) {
                all.remove(lang);
            } else {
                all.put(lang, text.toText());
            }
        });
        return new EntryContent(key, topics, audiences, blankToNull(city), blankToNull(variantOf), date(lastReviewed), all);
    }

    /** The languages to show: the source language first, then the others in the product's order. */
    static List<String> shown(List<String> requested, String source) {
        var chosen = new java.util.LinkedHashSet<String>();
        chosen.add(source);
        if (requested == null || requested.isEmpty()) {
            chosen.add("en");
        } else {
            Languages.SUPPORTED.stream().filter(requested::contains).forEach(chosen::add);
        }
        return List.copyOf(chosen);
    }

    private static LocalDate date(String value) {
        try {
            return isBlank(value) ? null : LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String value(MultiValueMap<String, String> form, String name) {
        String v = form.getFirst(name);
        return v == null ? "" : v;
    }

    private static String blankToNull(String s) {
        return isBlank(s) ? null : s.strip();
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
