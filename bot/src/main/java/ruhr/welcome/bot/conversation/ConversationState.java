package ruhr.welcome.bot.conversation;

/** What the bot expects next from the newcomer. */
public enum ConversationState {
    /** Questions, commands and buttons. */
    ACTIVE,
    /** After 👎: the next text is taken as the comment on what was missing. */
    AWAITING_FEEDBACK_COMMENT,
    /** After /forget: waiting for "yes, delete" or "no". */
    CONFIRMING_FORGET,
    /** After rating a chat with a guide: the next text is an optional comment on it. */
    AWAITING_RATING_COMMENT
}
