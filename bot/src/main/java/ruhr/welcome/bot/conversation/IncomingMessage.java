package ruhr.welcome.bot.conversation;

/**
 * One thing a newcomer did in a chat.
 *
 * @param clientLanguage the app's language as the channel reports it (Telegram {@code language_code},
 *                       the browser's language), a hint only; may be null
 */
public record IncomingMessage(ChatRef chat, String clientLanguage, Inbound content) {
}
