package ruhr.welcome.admin.api;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import ruhr.welcome.knowledge.faq.exchange.FaqExporter;
import ruhr.welcome.knowledge.faq.exchange.FaqFile;

/** The whole FAQ in and out, in the exchange format {@code welcome-faq/1} (docs/faq-format.md). */
@RestController
@Tag(name = "exchange", description = "Import and export in the welcome-faq/1 format")
class ExchangeApi {

    private final FaqExporter exporter;

    ExchangeApi(FaqExporter exporter) {
        this.exporter = exporter;
    }

    @GetMapping(value = ApiSecurity.BASE + "/export", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Export every entry, drafts included", description = "The document an import takes back unchanged.")
    ResponseEntity<FaqFile> export() {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("welcome-faq-" + LocalDate.now(StatsApi.REGION_TIME) + ".json").build().toString())
                .body(exporter.exportFile());
    }
}
