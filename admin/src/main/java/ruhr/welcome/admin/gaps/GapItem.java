package ruhr.welcome.admin.gaps;

import java.time.Instant;
import java.util.List;

/**
 * One thing in the inbox: a logged question or a guide's proposal. Nothing about who asked.
 *
 * @param ref          {@code q<id>} for a question, {@code p<id>} for a proposal: what forms send back
 * @param topEntryKeys the FAQ candidates the bot saw, best first, or the one the asker chose first (none for
 *                     proposals)
 * @param anchored     whether the bot took the first candidate seriously (it answered or asked back), so
 *                     the question is about that entry
 * @param answer       a proposal's suggested answer, else null
 * @param comment      what the asker wrote after a 👎, else null
 * @param resolved     already dismissed or added to an entry: only helps to group newer questions
 */
record GapItem(String ref, Instant at, String text, String lang, String city, Reason reason, List<String> topEntryKeys,
               boolean anchored, String answer, String comment, boolean handed, boolean resolved) {

    /** Why it is in the inbox. */
    enum Reason { NOT_FOUND, UNSURE, CHOSEN, NOT_HELPFUL, PROPOSAL }

    GapItem {
        topEntryKeys = List.copyOf(topEntryKeys);
    }

    boolean isProposal() {
        return reason == Reason.PROPOSAL;
    }

    String topEntry() {
        return topEntryKeys.isEmpty() ? null : topEntryKeys.getFirst();
    }
}
