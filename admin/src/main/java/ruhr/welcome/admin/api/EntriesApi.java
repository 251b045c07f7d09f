package ruhr.welcome.admin.api;

import java.net.URI;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

import ruhr.welcome.admin.faq.FaqEditing;
import ruhr.welcome.knowledge.faq.EntryStatus;

/**
 * The FAQ entries: lists with filters and paging, single entries, and for editor tokens changes.
 * Every change goes through {@link FaqEditing}, like the console's: city scope, validation,
 * versions, audit log, and the bot's answers refreshed after the commit.
 */
@RestController
@RequestMapping(ApiSecurity.BASE + "/entries")
@Tag(name = "entries", description = "FAQ entries in all languages")
class EntriesApi {

    private final EntryQueries queries;
    private final FaqEditing editing;

    EntriesApi(EntryQueries queries, FaqEditing editing) {
        this.queries = queries;
        this.editing = editing;
    }

    @GetMapping
    @Operation(operationId = "listEntries", summary = "List entries", description = "Sorted by key; all given filters must hold.")
    EntryPage list(@Parameter(description = "a topic id") @RequestParam(required = false) String topic,
                   @Parameter(description = "an audience id") @RequestParam(required = false) String audience,
                   @Parameter(description = "a city id, or `region` for the entries of the whole region") @RequestParam(required = false) String city,
                   @Parameter(description = "draft, review or published") @RequestParam(required = false) String status,
                   @Parameter(description = "only entries with a text in this language") @RequestParam(required = false) String lang,
                   @Parameter(description = "only entries without a text in this language (missing translation)") @RequestParam(required = false) String missing,
                   @Parameter(description = "page number, from 0") @RequestParam(defaultValue = "0") int page,
                   @Parameter(description = "entries per page, 1 to 200") @RequestParam(defaultValue = "50") int size) {
        var filter = new EntryFilter(topic, audience, city, status, lang, missing);
        filter.check(page, size);
        return queries.list(filter, page, size);
    }

    @GetMapping("/{key}")
    @Operation(operationId = "getEntry", summary = "One entry with all its texts",
            description = "The `ETag` is the version to send back with a change.")
    ResponseEntity<EntryResource> get(@PathVariable String key) {
        return withVersion(ResponseEntity.ok(), queries.get(key));
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "createEntry", summary = "Create an entry, as a draft")
    @ApiResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = EntryResource.class)))
    ResponseEntity<EntryResource> create(@AuthenticationPrincipal ApiClient client,
                                         @io.swagger.v3.oas.annotations.parameters.RequestBody(
                                                 content = @Content(schema = @Schema(implementation = EntryInput.class)))
                                         @RequestBody JsonNode body) {
        var input = JsonInput.bind(body, EntryInput.class);
        var state = editing.create(ApiActors.of(client), input.toContent(null));
        String key = state.entry().key();
        return withVersion(ResponseEntity.created(URI.create(ApiSecurity.BASE + "/entries/" + key)), queries.get(key));
    }

    @PutMapping(value = "/{key}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "updateEntry", summary = "Replace an entry's content",
            description = "The status stays. `version` (or `If-Match`) must be the entry's current version.")
    ResponseEntity<EntryResource> update(@AuthenticationPrincipal ApiClient client, @PathVariable String key,
                                         @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                         @io.swagger.v3.oas.annotations.parameters.RequestBody(
                                                 content = @Content(schema = @Schema(implementation = EntryInput.class)))
                                         @RequestBody JsonNode body) {
        var input = JsonInput.bind(body, EntryInput.class);
        int version = Versions.required(input.version(), ifMatch);
        editing.update(ApiActors.of(client), key, version, input.toContent(key));
        return withVersion(ResponseEntity.ok(), queries.get(key));
    }

    @PostMapping(value = "/{key}/status", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "changeEntryStatus", summary = "Move an entry along the workflow",
            description = "draft -> review -> published; review or published -> draft. Only published entries are answered.")
    ResponseEntity<EntryResource> changeStatus(@AuthenticationPrincipal ApiClient client, @PathVariable String key,
                                               @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                               @io.swagger.v3.oas.annotations.parameters.RequestBody(
                                                       content = @Content(schema = @Schema(implementation = StatusInput.class)))
                                               @RequestBody JsonNode body) {
        var input = JsonInput.bind(body, StatusInput.class);
        int version = Versions.required(input.version(), ifMatch);
        var target = EntryFilter.statuses().contains(input.status())
                ? EntryStatus.valueOf(input.status().toUpperCase(Locale.ROOT)) : null;
        if (target == null) {
            throw ApiErrors.InvalidInput.field("status", "must be one of " + String.join(", ", EntryFilter.statuses()));
        }
        editing.changeStatus(ApiActors.of(client), key, version, target);
        return withVersion(ResponseEntity.ok(), queries.get(key));
    }

    @DeleteMapping("/{key}")
    @Operation(operationId = "deleteEntry", summary = "Delete an entry",
            description = "Its versions stay, so editors can restore it in the console.")
    @ApiResponse(responseCode = "204", description = "Deleted")
    ResponseEntity<Void> delete(@AuthenticationPrincipal ApiClient client, @PathVariable String key,
                                @Parameter(description = "the entry's current version (or send If-Match)")
                                @RequestParam(required = false) Integer version,
                                @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        editing.delete(ApiActors.of(client), key, Versions.required(version, ifMatch));
        return ResponseEntity.noContent().build();
    }

    private static ResponseEntity<EntryResource> withVersion(ResponseEntity.BodyBuilder response, EntryResource entry) {
        return response.eTag(Integer.toString(entry.version())).body(entry);
    }
}
