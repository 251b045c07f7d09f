package ruhr.welcome.bot.handoff;

import ruhr.welcome.bot.conversation.ChatRef;

/** What happens to a handoff, for the features that talk to newcomers and guides. */
public final class HandoffEvents {

    private HandoffEvents() {
    }

    /** A complete request (or one a guide gave back) waits for a guide. */
    public record HandoffWaiting(long handoffId) {
    }

    /** A weekly time at which guides for a request are usually there (region's local time). */
    public record UsualTime(int dayOfWeek, java.time.LocalTime start, java.time.LocalTime end) {
    }

    /** Nobody can take the request now: it waits in the queue. */
    public record HandoffQueued(long handoffId, long conversationId, long position, java.util.List<UsualTime> usually) {
    }

    /** A guide took the request. */
    public record HandoffAccepted(long handoffId, long conversationId, long guideId, String guideName) {
    }

    /** The guide did not answer in time: the request waits for another guide. */
    public record HandoffReassigned(long handoffId, long conversationId) {
    }

    /** The chat ended; {@code guideId} is null when no guide had taken it. */
    public record HandoffClosed(long handoffId, long conversationId, Long guideId, Handoff.ClosedBy by) {
    }

    /** The newcomer rated the chat with the guide, 1 to 5 stars. */
    public record HandoffRated(long handoffId, int stars) {
    }

    /**
     * A closed chat's transcript period is over: its note and comment are gone, and every store that
     * kept words of the chat between {@code from} and {@code until} deletes them now.
     */
    public record HandoffTranscriptExpired(long handoffId, ChatRef newcomer, java.time.Instant from, java.time.Instant until) {
    }

    /** A newcomer in a connected chat wrote; the guide's side passes it on. */
    public record NewcomerWrote(long handoffId, long guideId, int pseudonym, ChatRef from, Long messageId, String text) {
    }

    /**
     * A newcomer edited a message that was relayed to their guide; the guide's side changes its copies.
     *
     * @param text the new text, or the new caption when {@code media}
     */
    public record NewcomerEdited(long handoffId, long guideId, java.util.List<RelayCopies.RelayCopy> copies, String text,
                                 boolean media) {
    }

    /** The guide edited a message relayed to the newcomer; the newcomer's side changes its copies. */
    public record GuideEdited(long handoffId, long conversationId, String guideName,
                              java.util.List<RelayCopies.RelayCopy> copies, String text, boolean media) {
    }

    /** The guide wrote in a connected chat; the newcomer's side passes it on. */
    public record GuideWrote(long handoffId, long conversationId, String guideName, ChatRef from, Long messageId,
                             String text) {
    }
}
