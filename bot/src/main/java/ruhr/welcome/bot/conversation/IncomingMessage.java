package ruhr.welcome.bot.conversation;

/**
 * One thing a newcomer (or a guide) did in a chat.
 *
 * @param clientLanguage   the app's language as the channel reports it (Telegram {@code language_code},
 *                         the browser's language), a hint only; may be null
 * @param channelMessageId the channel's own id of the message (Telegram's message_id), so it can be
 *                         passed on unchanged to a guide; null where the channel has none
 */
public record IncomingMessage(ChatRef chat, String clientLanguage, Inbound content, Long channelMessageId) {

    public IncomingMessage(ChatRef chat, String clientLanguage, Inbound content) {
        this(chat, clientLanguage, content, null);
    }
}
