package ruhr.welcome.admin.api;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import ruhr.welcome.admin.faq.EntryContent;
import ruhr.welcome.admin.faq.FaqEditing;
import ruhr.welcome.admin.faq.FaqEntryState;
import ruhr.welcome.admin.faq.FaqValidationFailed;
import ruhr.welcome.knowledge.faq.EntryStatus;
import ruhr.welcome.knowledge.faq.FaqEntryRepository;
import ruhr.welcome.knowledge.faq.exchange.FaqFile;
import ruhr.welcome.knowledge.faq.exchange.FaqFileMapping;
import ruhr.welcome.knowledge.faq.exchange.FaqFileReader;
import ruhr.welcome.knowledge.faq.exchange.FaqImportRejected;
import ruhr.welcome.knowledge.faq.exchange.ImportProblem;
import ruhr.welcome.knowledge.faq.exchange.ImportReport;

/**
 * Imports a {@code welcome-faq/1} document through {@link FaqEditing}, all or nothing, so each
 * changed entry gets its version and audit entry like an edit in the console. A dry run does the
 * very same in a transaction that is rolled back: its report is exactly what applying would do,
 * including every rule the editors' changes obey.
 */
@Component
class ApiImport {

    private final FaqFileReader reader = new FaqFileReader();
    private final FaqEditing editing;
    private final FaqEntryRepository entries;
    private final TransactionTemplate transactions;
    private final ViolationTexts texts;

    ApiImport(FaqEditing editing, FaqEntryRepository entries, TransactionTemplate transactions, ViolationTexts texts) {
        this.editing = editing;
        this.entries = entries;
        this.transactions = transactions;
        this.texts = texts;
    }

    /**
     * @throws FaqImportRejected     listing every problem of the file (nothing changed)
     * @throws ApiErrors.OutOfScope  when an entry is outside the token's city (nothing changed)
     */
    ImportReport run(ApiClient client, String document, boolean dryRun) {
        FaqFile file = reader.read(document);
        var actor = ApiActors.of(client);
        return transactions.execute(tx -> {
            checkScope(client, file);
            var created = new ArrayList<String>();
            var updated = new ArrayList<String>();
            var unchanged = new ArrayList<String>();
            var problems = new ArrayList<ImportProblem>();
            // regional entries first, so city variants find what they replace
            var ordered = file.entries().stream().sorted((a, b) -> Boolean.compare(a.city() != null, b.city() != null)).toList();
            for (FaqFile.Entry source : ordered) {
                var existing = entries.findByKey(source.key());
                if (existing.isPresent() && FaqFileMapping.toFile(existing.get()).equals(source)) {
                    unchanged.add(source.key());
                    continue;
                }
                try {
                    FaqEntryState state = existing.isEmpty()
                            ? editing.create(actor, EntryContent.of(source))
                            : editing.update(actor, source.key(), existing.get().getVersion(), EntryContent.of(source));
                    moveTo(actor, state, EntryStatus.valueOf(source.status().toUpperCase(Locale.ROOT)));
                    (existing.isEmpty() ? created : updated).add(source.key());
                } catch (FaqValidationFailed e) {
                    problems.addAll(texts.importProblems(source.key(), e.violations()));
                }
            }
            if (!problems.isEmpty()) {
                throw new FaqImportRejected(problems);
            }
            if (dryRun) {
                tx.setRollbackOnly();
            }
            return new ImportReport(dryRun, created, updated, unchanged);
        });
    }

    /** Nothing is imported when any entry, as it is or as the file has it, is outside the token's city. */
    private void checkScope(ApiClient client, FaqFile file) {
        var refused = new ArrayList<String>();
        for (FaqFile.Entry source : file.entries()) {
            String storedCity = entries.findByKey(source.key()).map(e -> e.getCity()).orElse(source.city());
            if (!client.mayEdit(source.city()) || !client.mayEdit(storedCity)) {
                refused.add(source.key());
            }
        }
        if (!refused.isEmpty()) {
            throw new ApiErrors.OutOfScope("This token may only change entries of " + client.city()
                    + "; the file also has " + String.join(", ", refused) + ". Nothing was imported.");
        }
    }

    /** Walks the workflow (draft, review, published) to the file's status, one allowed step at a time. */
    private void moveTo(ruhr.welcome.admin.faq.Actor actor, FaqEntryState state, EntryStatus target) {
        String key = state.entry().key();
        int version = state.version();
        for (EntryStatus step : steps(EntryStatus.valueOf(state.entry().status().toUpperCase(Locale.ROOT)), target)) {
            version = editing.changeStatus(actor, key, version, step).version();
        }
    }

    static List<EntryStatus> steps(EntryStatus from, EntryStatus to) {
        Map<EntryStatus, EntryStatus> previous = new HashMap<>();
        var queue = new ArrayDeque<EntryStatus>(List.of(from));
        while (!queue.isEmpty()) {
            EntryStatus at = queue.poll();
            for (EntryStatus next : at.next()) {
                if (next != from && previous.putIfAbsent(next, at) == null) {
                    queue.add(next);
                }
            }
        }
        var path = new ArrayList<EntryStatus>();
        for (EntryStatus at = to; at != from; at = previous.get(at)) {
            if (at == null) {
                throw new IllegalStateException("no way from " + from + " to " + to);
            }
            path.addFirst(at);
        }
        return path;
    }
}
