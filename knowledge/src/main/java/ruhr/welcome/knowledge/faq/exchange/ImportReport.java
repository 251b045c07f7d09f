package ruhr.welcome.knowledge.faq.exchange;

import java.util.List;

/** What an import did, or with a dry run would do, by entry key. */
public record ImportReport(boolean dryRun, List<String> created, List<String> updated, List<String> unchanged) {

    public ImportReport {
        created = List.copyOf(created);
        updated = List.copyOf(updated);
        unchanged = List.copyOf(unchanged);
    }

    public int total() {
        return created.size() + updated.size() + unchanged.size();
    }
}
