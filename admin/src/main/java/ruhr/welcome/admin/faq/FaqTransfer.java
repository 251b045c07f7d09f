package ruhr.welcome.admin.faq;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

import ruhr.welcome.knowledge.faq.FaqEntryRepository;
import ruhr.welcome.knowledge.faq.exchange.FaqExporter;
import ruhr.welcome.knowledge.faq.exchange.FaqFile;
import ruhr.welcome.knowledge.faq.exchange.FaqFileMapping;
import ruhr.welcome.knowledge.faq.exchange.FaqFileReader;
import ruhr.welcome.knowledge.faq.exchange.FaqImportRejected;
import ruhr.welcome.knowledge.faq.exchange.FaqImporter;

/**
 * Import and export of the whole FAQ in the exchange format ({@code docs/faq-format.md}), through
 * the knowledge module's importer: first a dry run that says what would change, then the import,
 * all or nothing, with a version and an audit log entry per changed entry. Only editors and admins
 * without a city limit import, since a file may touch every entry.
 */
@Service
public class FaqTransfer {

    private final FaqImporter importer;
    private final FaqExporter exporter;
    private final FaqEntryRepository entries;
    private final Versions versions;

    FaqTransfer(FaqImporter importer, FaqExporter exporter, FaqEntryRepository entries, Versions versions) {
        this.importer = importer;
        this.exporter = exporter;
        this.entries = entries;
        this.versions = versions;
    }

    /** What importing the document would change; nothing is written. */
    @Transactional(readOnly = true)
    public ImportPreview preview(Actor actor, String document) {
        checkMayImport(actor);
        FaqFile file;
        try {
            file = new FaqFileReader().read(document);
            importer.importFile(file, true);
        } catch (FaqImportRejected e) {
            // the importer's own transaction part marked it for rollback; that is expected here
            TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
            return ImportPreview.rejected(e.problems());
        }
        return compare(file, current(file), false);
    }

    /** Imports the document, or nothing when it has a problem (see the returned problems). */
    @Transactional
    public ImportPreview apply(Actor actor, String document) {
        checkMayImport(actor);
        FaqFile file;
        Map<String, FaqFile.Entry> before;
        try {
            file = new FaqFileReader().read(document);
            before = current(file);
            importer.importFile(file, false);
        } catch (FaqImportRejected e) {
            TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
            return ImportPreview.rejected(e.problems());
        }
        ImportPreview done = compare(file, before, true);
        entries.flush();
        for (String key : done.created()) {
            versions.record(actor.name(), "import", null, FaqFileMapping.toFile(entries.findByKey(key).orElseThrow()));
        }
        for (EntryDiff diff : done.changed()) {
            versions.record(actor.name(), "import", before.get(diff.key()),
                    FaqFileMapping.toFile(entries.findByKey(diff.key()).orElseThrow()));
        }
        return done;
    }

    /** The whole FAQ, drafts included, as a document of the exchange format. */
    public String export() {
        return exporter.exportDocument();
    }

    private Map<String, FaqFile.Entry> current(FaqFile file) {
        var current = new HashMap<String, FaqFile.Entry>();
        for (FaqFile.Entry entry : file.entries()) {
            entries.findByKey(entry.key()).ifPresent(e -> current.put(e.getKey(), FaqFileMapping.toFile(e)));
        }
        return current;
    }

    private static ImportPreview compare(FaqFile file, Map<String, FaqFile.Entry> current, boolean applied) {
        var created = new ArrayList<String>();
        var changed = new ArrayList<EntryDiff>();
        var unchanged = new ArrayList<String>();
        for (FaqFile.Entry entry : file.sorted().entries()) {
            FaqFile.Entry existing = current.get(entry.key());
            if (existing == null) {
                created.add(entry.key());
            } else if (existing.equals(entry)) {
                unchanged.add(entry.key());
            } else {
                changed.add(EntryDiff.between(existing, entry));
            }
        }
        return new ImportPreview(applied, created, changed, unchanged, java.util.List.of());
    }

    private static void checkMayImport(Actor actor) {
        if (!actor.unrestricted()) {
            throw new FaqEditRefused(actor.name() + " may not import: a file may change entries of every city");
        }
    }
}
