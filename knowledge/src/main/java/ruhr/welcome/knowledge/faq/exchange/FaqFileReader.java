package ruhr.welcome.knowledge.faq.exchange;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import ruhr.welcome.knowledge.faq.AnswerMarkup;
import ruhr.welcome.knowledge.faq.Audience;
import ruhr.welcome.knowledge.faq.City;
import ruhr.welcome.knowledge.faq.Topic;
import ruhr.welcome.knowledge.language.Languages;

/**
 * Reads a {@code welcome-faq/1} document and checks every field, collecting all problems instead
 * of stopping at the first, so an editor can fix a broken file in one go.
 */
public final class FaqFileReader {

    public static final int MAX_QUESTION = 300;
    public static final int MAX_ANSWER = 3000;
    public static final int MAX_TITLE = 200;
    public static final int MAX_URL = 2000;
    public static final int MAX_ALTERNATES = 30;
    public static final int MAX_LINKS = 10;
    public static final String KEY_PATTERN = "[a-z0-9][a-z0-9-]{2,79}";

    private final JsonMapper json = JsonMapper.builder().build();

    /** The parsed file, or {@link FaqImportRejected} listing every problem. */
    public FaqFile read(String document) {
        JsonNode root;
        try {
            root = json.readTree(document);
        } catch (JacksonException e) {
            throw new FaqImportRejected(List.of(new ImportProblem(null, null, null,
                    "not valid JSON: " + e.getOriginalMessage() + location(e))));
        }
        var problems = new ArrayList<ImportProblem>();
        var file = readFile(root, problems);
        if (!problems.isEmpty()) {
            throw new FaqImportRejected(problems);
        }
        return file;
    }

    /** One entry object of the format (as {@link FaqFileMapping#toJson} writes it), checked like a file's. */
    public FaqFile.Entry readEntry(String entryJson) {
        JsonNode node;
        try {
            node = json.readTree(entryJson);
        } catch (JacksonException e) {
            throw new FaqImportRejected(List.of(new ImportProblem(null, null, null,
                    "not valid JSON: " + e.getOriginalMessage() + location(e))));
        }
        var problems = new ArrayList<ImportProblem>();
        var entry = node == null ? null : new EntryReader(node, "#1", problems).read();
        if (entry == null || !problems.isEmpty()) {
            throw new FaqImportRejected(problems.isEmpty()
                    ? List.of(new ImportProblem(null, null, null, "the entry must be a JSON object")) : problems);
        }
        return entry;
    }

    private static String location(JacksonException e) {
        var at = e.getLocation();
        return at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
    }

    private FaqFile readFile(JsonNode root, List<ImportProblem> problems) {
        if (root == null || !root.isObject()) {
            problems.add(new ImportProblem(null, null, null, "the document must be a JSON object"));
            return null;
        }
        var format = root.get("format");
        if (format == null || !FaqFile.FORMAT.equals(format.asString(""))) {
            problems.add(new ImportProblem(null, null, "format", "must be \"" + FaqFile.FORMAT + "\""));
        }
        var entriesNode = root.get("entries");
        if (entriesNode == null || !entriesNode.isArray()) {
            problems.add(new ImportProblem(null, null, "entries", "must be a list of entries"));
            return null;
        }
        var entries = new ArrayList<FaqFile.Entry>();
        var keys = new HashSet<String>();
        int position = 0;
        for (JsonNode node : entriesNode.values()) {
            position++;
            var entry = new EntryReader(node, "#" + position, problems).read();
            if (entry != null && !keys.add(entry.key())) {
                problems.add(new ImportProblem(entry.key(), null, "key", "appears more than once in the file"));
            }
            entries.add(entry);
        }
        return new FaqFile(FaqFile.FORMAT, entries.stream().filter(e -> e != null).toList());
    }

    /** Checks one entry; returns null when it is unusable (its problems are recorded). */
    private static final class EntryReader {
        private final JsonNode node;
        private final List<ImportProblem> problems;
        private final int problemsBefore;
        private String label;

        EntryReader(JsonNode node, String position, List<ImportProblem> problems) {
            this.node = node;
            this.label = position;
            this.problems = problems;
            this.problemsBefore = problems.size();
        }

        FaqFile.Entry read() {
            if (!node.isObject()) {
                problem(null, null, "must be an object");
                return null;
            }
            String key = string(node, "key", null, 80, true);
            if (key != null && !key.matches(KEY_PATTERN)) {
                problem(null, "key", "use 3-80 lower-case letters, digits and '-'");
            } else if (key != null) {
                label = key;
            }
            unknownFields(node, Set.of("key", "topics", "audiences", "city", "variantOf", "status", "lastReviewed",
                    "texts"), null);
            var topics = ids(node, "topics", Topic.byIdSet(), true);
            var audiences = ids(node, "audiences", Audience.byIdSet(), false);
            String city = optionalString(node, "city");
            if (city != null && City.byId(city).isEmpty()) {
                problem(null, "city", "unknown city '" + city + "'");
            }
            String variantOf = optionalString(node, "variantOf");
            if (variantOf != null && city == null) {
                problem(null, "variantOf", "only a city entry can replace a regional entry");
            }
            String status = string(node, "status", null, 16, true);
            if (status != null && !status.equals("draft") && !status.equals("review") && !status.equals("published")) {
                problem(null, "status", "must be \"draft\", \"review\" or \"published\"");
            }
            LocalDate reviewed = date(node, "lastReviewed");
            var texts = texts();
            if (problems.size() > problemsBefore) {
                return null;
            }
            return new FaqFile.Entry(key, topics, audiences, city, variantOf, status, reviewed, texts);
        }

        private Map<String, FaqFile.Text> texts() {
            var textsNode = node.get("texts");
            var texts = new LinkedHashMap<String, FaqFile.Text>();
            if (textsNode == null || !textsNode.isObject() || textsNode.isEmpty()) {
                problem(null, "texts", "needs the text in at least one language");
                return texts;
            }
            for (var language : textsNode.properties()) {
                String lang = language.getKey();
                if (!Languages.SUPPORTED.contains(lang)) {
                    problem(lang, "texts", "'" + lang + "' is not a supported language");
                    continue;
                }
                var text = language.getValue();
                if (!text.isObject()) {
                    problem(lang, null, "must be an object with question, alternates, answer, links");
                    continue;
                }
                unknownFields(text, Set.of("question", "alternates", "answer", "links"), lang);
                String question = string(text, "question", lang, MAX_QUESTION, true);
                List<String> alternates = alternates(text, lang);
                String answer = string(text, "answer", lang, MAX_ANSWER, true);
                if (answer != null) {
                    AnswerMarkup.unsafeLinks(answer).forEach(url ->
                            problem(lang, "answer", "links must be absolute https:// URLs: " + abbreviate(url)));
                }
                texts.put(lang, new FaqFile.Text(question, alternates, answer, links(text, lang)));
            }
            return texts;
        }

        private List<String> alternates(JsonNode text, String lang) {
            var list = new ArrayList<String>();
            var node = text.get("alternates");
            if (node == null || node.isNull()) {
                return list;
            }
            if (!node.isArray() || node.size() > MAX_ALTERNATES) {
                problem(lang, "alternates", "must be a list of at most " + MAX_ALTERNATES + " phrasings");
                return list;
            }
            int i = 0;
            for (JsonNode value : node.values()) {
                String field = "alternates[" + i++ + "]";
                if (!value.isString() || value.stringValue().isBlank()) {
                    problem(lang, field, "must be non-empty text");
                } else if (value.stringValue().length() > MAX_QUESTION) {
                    problem(lang, field, "longer than " + MAX_QUESTION + " characters");
                } else {
                    list.add(value.stringValue().strip());
                }
            }
            return list;
        }

        private List<FaqFile.Link> links(JsonNode text, String lang) {
            var list = new ArrayList<FaqFile.Link>();
            var node = text.get("links");
            if (node == null || node.isNull()) {
                return list;
            }
            if (!node.isArray() || node.size() > MAX_LINKS) {
                problem(lang, "links", "must be a list of at most " + MAX_LINKS + " links");
                return list;
            }
            int i = 0;
            for (JsonNode link : node.values()) {
                String prefix = "links[" + i++ + "]";
                if (!link.isObject()) {
                    problem(lang, prefix, "must be an object with title and url");
                    continue;
                }
                String title = string(link, "title", lang, MAX_TITLE, true, prefix + ".title");
                String url = string(link, "url", lang, MAX_URL, true, prefix + ".url");
                if (url != null && !AnswerMarkup.isSafeUrl(url)) {
                    problem(lang, prefix + ".url", "must be an absolute https:// URL");
                }
                list.add(new FaqFile.Link(title, url));
            }
            return list;
        }

        private List<String> ids(JsonNode parent, String field, Set<String> allowed, boolean required) {
            var list = new ArrayList<String>();
            var node = parent.get(field);
            if (node == null || !node.isArray()) {
                if (required || node != null) {
                    problem(null, field, "must be a list");
                }
                return list;
            }
            for (JsonNode value : node.values()) {
                String id = value.isString() ? value.stringValue() : value.toString();
                if (!allowed.contains(id)) {
                    problem(null, field, "unknown value '" + abbreviate(id) + "' (allowed: " + String.join(" ", allowed) + ")");
                } else if (!list.contains(id)) {
                    list.add(id);
                }
            }
            if (required && list.isEmpty() && node.isEmpty()) {
                problem(null, field, "needs at least one value");
            }
            return list;
        }

        private LocalDate date(JsonNode parent, String field) {
            String value = string(parent, field, null, 10, true);
            if (value == null) {
                return null;
            }
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                problem(null, field, "must be a date like 2026-11-21");
                return null;
            }
        }

        private String optionalString(JsonNode parent, String field) {
            var value = parent.get(field);
            if (value == null || value.isNull()) {
                return null;
            }
            if (!value.isString()) {
                problem(null, field, "must be text or null");
                return null;
            }
            return value.stringValue();
        }

        private String string(JsonNode parent, String field, String lang, int max, boolean required) {
            return string(parent, field, lang, max, required, field);
        }

        private String string(JsonNode parent, String field, String lang, int max, boolean required, String label) {
            var value = parent.get(field);
            if (value == null || value.isNull()) {
                if (required) {
                    problem(lang, label, "is missing");
                }
                return null;
            }
            if (!value.isString() || value.stringValue().isBlank()) {
                problem(lang, label, "must be non-empty text");
                return null;
            }
            String text = value.stringValue().strip();
            if (text.length() > max) {
                problem(lang, label, "longer than " + max + " characters (" + text.length() + ")");
                return null;
            }
            return text;
        }

        private void unknownFields(JsonNode object, Set<String> known, String lang) {
            for (String name : object.propertyNames()) {
                if (!known.contains(name)) {
                    problem(lang, abbreviate(name), "unknown field");
                }
            }
        }

        private void problem(String lang, String field, String reason) {
            problems.add(new ImportProblem(label, lang, field, reason));
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }
}
