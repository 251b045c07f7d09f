package ruhr.welcome.bot.webchat;

import java.time.Instant;
import java.util.List;

import ruhr.welcome.bot.conversation.Reply;

/**
 * One bubble of the web chat as the browser receives it.
 *
 * @param clientId the browser's id for a line the newcomer sent, so it can replace its pending bubble
 * @param dir      {@code rtl} for Arabic, Persian and Sorani texts, otherwise {@code auto}
 * @param html     safe HTML made by {@link WebChatHtml}
 */
record ChatLine(long id, String author, String clientId, String lang, String dir, String html,
                List<List<Reply.Button>> buttons, Instant at) {

    static final String NEWCOMER = "newcomer";
    static final String BOT = "bot";
}
