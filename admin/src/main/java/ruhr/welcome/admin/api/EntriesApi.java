package ruhr.welcome.admin.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The FAQ entries: lists with filters and paging, single entries, and (for editor tokens) changes. */
@RestController
@RequestMapping(ApiSecurity.BASE + "/entries")
@Tag(name = "entries", description = "FAQ entries in all languages")
class EntriesApi {

    private final EntryQueries queries;

    EntriesApi(EntryQueries queries) {
        this.queries = queries;
    }

    @GetMapping
    @Operation(summary = "List entries", description = "Sorted by key; all given filters must hold.")
    EntryPage list(@Parameter(description = "a topic id") @RequestParam(required = false) String topic,
                   @Parameter(description = "an audience id") @RequestParam(required = false) String audience,
                   @Parameter(description = "a city id, or `region` for the entries of the whole region") @RequestParam(required = false) String city,
                   @Parameter(description = "workflow status") @RequestParam(required = false) String status,
                   @Parameter(description = "only entries with a text in this language") @RequestParam(required = false) String lang,
                   @Parameter(description = "only entries without a text in this language (missing translation)") @RequestParam(required = false) String missing,
                   @Parameter(description = "page number, from 0") @RequestParam(defaultValue = "0") int page,
                   @Parameter(description = "entries per page, 1 to 200") @RequestParam(defaultValue = "50") int size) {
        var filter = new EntryFilter(topic, audience, city, status, lang, missing);
        filter.check(page, size);
        return queries.list(filter, page, size);
    }

    @GetMapping("/{key}")
    @Operation(summary = "One entry with all its texts", description = "The `ETag` is the version to send back with a change.")
    ResponseEntity<EntryResource> get(@PathVariable String key) {
        var entry = queries.get(key);
        return ResponseEntity.ok().eTag(Integer.toString(entry.version())).body(entry);
    }
}
