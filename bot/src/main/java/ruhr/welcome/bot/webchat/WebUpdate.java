package ruhr.welcome.bot.webchat;

/**
 * One thing a newcomer did in the web chat, as stored in the inbound queue.
 *
 * @param chat     the chat key (hash of the session cookie)
 * @param clientId the browser's id of this message, which also makes a resent request a duplicate
 * @param lang     the browser's preferred language, a hint only
 * @param text     typed text (or a command such as {@code /start lang-ar}), or null for a button
 * @param button   the data of a tapped button, or null for text
 * @param label    the tapped button's label, shown back as the newcomer's bubble
 * @param silent   true for the page's automatic {@code /start}, which is not shown as a bubble
 */
record WebUpdate(String chat, String clientId, String lang, String text, String button, String label, boolean silent) {
}
