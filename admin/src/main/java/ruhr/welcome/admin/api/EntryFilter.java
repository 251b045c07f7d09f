package ruhr.welcome.admin.api;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import ruhr.welcome.knowledge.faq.Audience;
import ruhr.welcome.knowledge.faq.City;
import ruhr.welcome.knowledge.faq.EntryStatus;
import ruhr.welcome.knowledge.faq.Topic;
import ruhr.welcome.knowledge.language.Languages;

/**
 * The list's filters, each optional; all given ones must hold.
 *
 * @param city    a city id, or {@value #REGION} for the entries of the whole region
 * @param lang    entries with a text in this language
 * @param missing entries without a text in this language (a missing translation)
 */
record EntryFilter(String topic, String audience, String city, String status, String lang, String missing) {

    static final String REGION = "region";
    static final int MAX_PAGE_SIZE = 200;

    /** Every unusable filter at once, so a client can fix them in one go. */
    void check(int page, int size) {
        var errors = new ArrayList<Problems.FieldProblem>();
        if (topic != null && Topic.byId(topic).isEmpty()) {
            errors.add(new Problems.FieldProblem("topic", "unknown topic (allowed: " + String.join(" ", Topic.byIdSet()) + ")"));
        }
        if (audience != null && Audience.byId(audience).isEmpty()) {
            errors.add(new Problems.FieldProblem("audience", "unknown audience (allowed: " + String.join(" ", Audience.byIdSet()) + ")"));
        }
        if (city != null && !city.equals(REGION) && City.byId(city).isEmpty()) {
            errors.add(new Problems.FieldProblem("city", "unknown city (a city id or '" + REGION + "')"));
        }
        if (status != null && statuses().stream().noneMatch(status::equals)) {
            errors.add(new Problems.FieldProblem("status", "unknown status (allowed: " + String.join(" ", statuses()) + ")"));
        }
        for (var language : new String[][] {{"lang", lang}, {"missing", missing}}) {
            if (language[1] != null && !Languages.SUPPORTED.contains(language[1])) {
                errors.add(new Problems.FieldProblem(language[0], "not a supported language code"));
            }
        }
        if (page < 0) {
            errors.add(new Problems.FieldProblem("page", "must be 0 or more"));
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            errors.add(new Problems.FieldProblem("size", "must be between 1 and " + MAX_PAGE_SIZE));
        }
        if (!errors.isEmpty()) {
            throw new ApiErrors.InvalidInput("Some filters are not valid.", errors);
        }
    }

    static List<String> statuses() {
        return Arrays.stream(EntryStatus.values()).map(s -> s.name().toLowerCase(Locale.ROOT)).toList();
    }
}
