package ruhr.welcome.knowledge.faq.exchange;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ruhr.welcome.knowledge.faq.FaqChanged;
import ruhr.welcome.knowledge.faq.FaqEntry;
import ruhr.welcome.knowledge.faq.FaqEntryRepository;

/**
 * Imports a {@code welcome-faq/1} document all or nothing: entries are matched by key, created or
 * replaced as a whole; entries not in the file stay as they are.
 */
@Service
public class FaqImporter {

    private final FaqEntryRepository entries;
    private final ApplicationEventPublisher events;
    private final FaqFileReader reader = new FaqFileReader();

    public FaqImporter(FaqEntryRepository entries, ApplicationEventPublisher events) {
        this.entries = entries;
        this.events = events;
    }

    /** Parses, checks and imports; throws {@link FaqImportRejected} listing every problem. */
    @Transactional
    public ImportReport importDocument(String document, boolean dryRun) {
        return importFile(reader.read(document), dryRun);
    }

    @Transactional
    public ImportReport importFile(FaqFile file, boolean dryRun) {
        checkReferences(file);
        var created = new ArrayList<String>();
        var updated = new ArrayList<String>();
        var unchanged = new ArrayList<String>();
        // regional entries first, so city variants always find what they replace
        var ordered = file.entries().stream()
                .sorted((a, b) -> Boolean.compare(a.city() != null, b.city() != null)).toList();
        for (FaqFile.Entry source : ordered) {
            var existing = entries.findByKey(source.key());
            if (existing.isPresent() && FaqFileMapping.toFile(existing.get()).equals(source)) {
                unchanged.add(source.key());
                continue;
            }
            (existing.isPresent() ? updated : created).add(source.key());
            if (!dryRun) {
                FaqEntry target = existing.orElseGet(() -> new FaqEntry(source.key(), source.lastReviewed()));
                FaqFileMapping.apply(source, target);
                target.markEdited(); // a change of texts alone raises the entry's version too
                entries.save(target);
            }
        }
        if (!dryRun && (!created.isEmpty() || !updated.isEmpty())) {
            var changed = new LinkedHashSet<>(created);
            changed.addAll(updated);
            events.publishEvent(new FaqChanged(changed));
        }
        return new ImportReport(dryRun, created, updated, unchanged);
    }

    /** A city variant must name a regional entry that exists in the file or already in the FAQ. */
    private void checkReferences(FaqFile file) {
        Set<String> regionalInFile = new HashSet<>();
        file.entries().stream().filter(e -> e.city() == null).forEach(e -> regionalInFile.add(e.key()));
        var problems = new ArrayList<ImportProblem>();
        for (FaqFile.Entry entry : file.entries()) {
            String target = entry.variantOf();
            if (target == null || regionalInFile.contains(target)) {
                continue;
            }
            boolean regionalInFaq = entries.findByKey(target).map(e -> e.getCity() == null).orElse(false);
            if (!regionalInFaq) {
                problems.add(new ImportProblem(entry.key(), null, "variantOf",
                        "no regional entry '" + target + "' in the file or the FAQ"));
            }
        }
        if (!problems.isEmpty()) {
            throw new FaqImportRejected(problems);
        }
    }
}
