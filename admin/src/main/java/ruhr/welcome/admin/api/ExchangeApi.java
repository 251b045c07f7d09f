package ruhr.welcome.admin.api;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import ruhr.welcome.admin.faq.FaqTransfer;
import ruhr.welcome.knowledge.faq.exchange.FaqExporter;
import ruhr.welcome.knowledge.faq.exchange.FaqFile;
import ruhr.welcome.knowledge.faq.exchange.FaqImportRejected;

/** The whole FAQ in and out, in the exchange format {@code welcome-faq/1} (docs/faq-format.md). */
@RestController
@Tag(name = "exchange", description = "Import and export in the welcome-faq/1 format")
class ExchangeApi {

    /** About ten times the shipped FAQ; a file beyond it is a mistake, not a FAQ. */
    static final int MAX_DOCUMENT_CHARS = 10_000_000;

    private final FaqExporter exporter;
    private final FaqTransfer transfer;

    ExchangeApi(FaqExporter exporter, FaqTransfer transfer) {
        this.exporter = exporter;
        this.transfer = transfer;
    }

    @GetMapping(value = ApiSecurity.BASE + "/export", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "exportFaq", summary = "Export every entry, drafts included",
            description = "The document an import takes back unchanged.")
    ResponseEntity<FaqFile> export() {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("welcome-faq-" + LocalDate.now(StatsApi.REGION_TIME) + ".json").build().toString())
                .body(exporter.exportFile());
    }

    @PostMapping(value = ApiSecurity.BASE + "/import", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "importFaq", summary = "Import a welcome-faq/1 document, all or nothing",
            description = "Entries are matched by key: created, replaced (status included), or left as they are; entries "
                    + "not in the file stay. Each changed entry gets a version and an audit log entry, as in the console. "
                    + "Needs an editor token without a city (a file may touch every city). With `dryRun=true` nothing "
                    + "is saved and the report says what would change.")
    ImportResult importFile(@AuthenticationPrincipal ApiClient client,
                            @Parameter(description = "check and report only") @RequestParam(defaultValue = "false") boolean dryRun,
                            @io.swagger.v3.oas.annotations.parameters.RequestBody(description = "a welcome-faq/1 document",
                                    content = @Content(schema = @Schema(implementation = FaqFile.class)))
                            @RequestBody String document) {
        if (document.length() > MAX_DOCUMENT_CHARS) {
            throw new org.springframework.web.server.ResponseStatusException(HttpStatus.CONTENT_TOO_LARGE,
                    "The document is larger than " + MAX_DOCUMENT_CHARS + " characters.");
        }
        var actor = ApiActors.of(client);
        var preview = dryRun ? transfer.preview(actor, document) : transfer.apply(actor, document);
        if (!preview.ok()) {
            throw new FaqImportRejected(preview.problems());
        }
        return ImportResult.of(preview, dryRun);
    }
}
