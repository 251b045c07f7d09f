package ruhr.welcome.bot.conversation;

/**
 * A newcomer asked for a Welcome Guide (by /guide, a button, or after the bot had no answer).
 *
 * @param questionId the logged question that led to the request, or null
 */
public record GuideRequested(long conversationId, String lang, String city, Long questionId) {
}
