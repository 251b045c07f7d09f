package ruhr.welcome.bot.handoff;

/** Where a newcomer's request for a Welcome Guide stands. */
public enum HandoffState {
    /** The newcomer is told who will read the conversation and asked to agree. */
    AWAITING_CONSENT,
    /** Agreed; the newcomer may add a short note for the guide. */
    AWAITING_NOTE,
    /** Offered to guides, or queued until one is available. */
    WAITING,
    /** A guide took it: messages are relayed both ways. */
    CONNECTED,
    /** Ended by either side, withdrawn, or closed after a long silence. */
    CLOSED;

    public boolean isOpen() {
        return this != CLOSED;
    }
}
