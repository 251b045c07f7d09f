package ruhr.welcome.bot.handoff;

/** Where a newcomer's request for a Welcome Guide stands. */
public enum HandoffState {
    /** Recorded, waiting for a guide to take it. */
    REQUESTED,
    /** The newcomer withdrew it, or it was closed. */
    CLOSED;

    boolean isOpen() {
        return this != CLOSED;
    }
}
