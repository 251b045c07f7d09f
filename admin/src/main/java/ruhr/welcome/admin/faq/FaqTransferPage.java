package ruhr.welcome.admin.faq;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpSession;
import org.springframework.context.annotation.Bean;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import ruhr.welcome.admin.console.ConsolePage;
import ruhr.welcome.admin.console.ConsoleSection;
import ruhr.welcome.admin.security.Role;
import ruhr.welcome.admin.security.StaffPrincipal;

/**
 * Import and export: an uploaded file is checked and compared first (nothing changes), the editor
 * reads the report and confirms; the file waits in the session between the two steps.
 */
@Controller
@ConsolePage
@PreAuthorize("hasAnyRole('EDITOR', 'ADMIN')")
class FaqTransferPage {

    static final String PENDING = "faq.import.pending";

    /** An uploaded, checked file waiting for the editor's confirmation. */
    record PendingImport(String token, String filename, String document) implements java.io.Serializable {
    }

    private final FaqTransfer transfer;

    FaqTransferPage(FaqTransfer transfer) {
        this.transfer = transfer;
    }

    @Bean
    static ConsoleSection faqTransferSection() {
        return new ConsoleSection("/admin/faq/transfer", "nav.faq-transfer", Set.of(Role.EDITOR, Role.ADMIN));
    }

    @GetMapping("/admin/faq/transfer")
    String page(@AuthenticationPrincipal StaffPrincipal staff, Model model) {
        model.addAttribute("mayImport", Actor.of(staff).unrestricted());
        return "admin/faq/transfer";
    }

    @PostMapping("/admin/faq/transfer/preview")
    String preview(@AuthenticationPrincipal StaffPrincipal staff, @RequestParam(required = false) MultipartFile file,
                   Model model, HttpSession session) throws IOException {
        model.addAttribute("mayImport", Actor.of(staff).unrestricted());
        String filename = file == null || file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
        model.addAttribute("filename", filename);
        String document = file == null || file.isEmpty() ? null : utf8(file.getBytes());
        if (document == null) {
            session.removeAttribute(PENDING);
            model.addAttribute("alert", "faq.transfer.no-file");
            return "admin/faq/transfer";
        }
        ImportPreview report = transfer.preview(Actor.of(staff), document);
        model.addAttribute("report", report);
        if (report.ok() && report.changesAnything()) {
            var pending = new PendingImport(UUID.randomUUID().toString(), filename, document);
            session.setAttribute(PENDING, pending);
            model.addAttribute("token", pending.token());
        } else {
            session.removeAttribute(PENDING);
        }
        return "admin/faq/transfer";
    }

    @PostMapping("/admin/faq/transfer/apply")
    String apply(@AuthenticationPrincipal StaffPrincipal staff, @RequestParam String token, Model model, HttpSession session) {
        model.addAttribute("mayImport", Actor.of(staff).unrestricted());
        if (!(session.getAttribute(PENDING) instanceof PendingImport pending) || !pending.token().equals(token)) {
            model.addAttribute("alert", "faq.transfer.expired");
            return "admin/faq/transfer";
        }
        session.removeAttribute(PENDING);
        model.addAttribute("filename", pending.filename());
        model.addAttribute("report", transfer.apply(Actor.of(staff), pending.document()));
        return "admin/faq/transfer";
    }

    @GetMapping("/admin/faq/transfer/export")
    ResponseEntity<String> export() {
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.APPLICATION_JSON, StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("welcome-faq-" + LocalDate.now() + ".json").build().toString())
                .body(transfer.export());
    }

    private static String utf8(byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
