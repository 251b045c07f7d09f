package ruhr.welcome.admin.api;

import java.util.List;

import ruhr.welcome.admin.faq.EntryDiff;
import ruhr.welcome.admin.faq.ImportPreview;

/**
 * What an import did, or with a dry run would do.
 *
 * @param changed per entry: the changed fields, and per language {@code added}, {@code removed} or the changed text fields
 */
record ImportResult(boolean dryRun, List<String> created, List<EntryDiff> changed, List<String> unchanged) {

    static ImportResult of(ImportPreview preview, boolean dryRun) {
        return new ImportResult(dryRun, preview.created(), preview.changed(), preview.unchanged());
    }
}
