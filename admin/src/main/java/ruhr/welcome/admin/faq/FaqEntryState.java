package ruhr.welcome.admin.faq;

import ruhr.welcome.knowledge.faq.exchange.FaqFile;

/**
 * An entry as stored now.
 *
 * @param entry   in the exchange format, status included
 * @param version the optimistic-locking version a following change must name
 */
public record FaqEntryState(FaqFile.Entry entry, int version) {
}
