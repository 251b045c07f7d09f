package ruhr.welcome.admin.faq;

import java.util.List;

import ruhr.welcome.knowledge.faq.exchange.ImportProblem;

/**
 * What importing a file would change (or, after {@link FaqTransfer#apply}, changed). With problems,
 * nothing is imported.
 *
 * @param created   keys of new entries
 * @param changed   entries that would change, with the fields and languages concerned
 * @param unchanged keys of entries that are the same in the file and the FAQ
 * @param problems  every problem of a broken file: entry key, language, field, reason
 */
public record ImportPreview(boolean applied, List<String> created, List<EntryDiff> changed, List<String> unchanged,
                            List<ImportProblem> problems) {

    public ImportPreview {
        created = List.copyOf(created);
        changed = List.copyOf(changed);
        unchanged = List.copyOf(unchanged);
        problems = List.copyOf(problems);
    }

    static ImportPreview rejected(List<ImportProblem> problems) {
        return new ImportPreview(false, List.of(), List.of(), List.of(), problems);
    }

    public boolean ok() {
        return problems.isEmpty();
    }

    public boolean changesAnything() {
        return !created.isEmpty() || !changed.isEmpty();
    }
}
