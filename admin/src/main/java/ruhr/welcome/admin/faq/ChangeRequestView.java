package ruhr.welcome.admin.faq;

import java.time.Instant;

import ruhr.welcome.knowledge.faq.exchange.FaqFile;

/**
 * A pending proposal for a regional entry.
 *
 * @param baseVersion the entry's version the proposal was written against
 */
public record ChangeRequestView(long id, String entryKey, int baseVersion, FaqFile.Entry proposal, String note,
                                String proposedBy, Instant proposedAt) {
}
