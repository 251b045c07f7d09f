package ruhr.welcome.admin.api;

import java.util.List;

/** One page of a list; {@code page} counts from 0. */
record EntryPage(List<EntrySummary> items, int page, int size, long totalItems, int totalPages) {
}
