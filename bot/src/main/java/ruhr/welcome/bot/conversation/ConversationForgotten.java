package ruhr.welcome.bot.conversation;

/**
 * A conversation was deleted (on /forget or after the retention period). Published inside the
 * deleting transaction, so channels that keep their own copies (the web chat transcript) delete
 * them in the same commit.
 */
public record ConversationForgotten(ChatRef chat) {
}
