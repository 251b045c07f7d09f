package ruhr.welcome.bot.webchat;

import java.time.Instant;
import java.util.List;

import ruhr.welcome.bot.conversation.Reply;

/**
 * One bubble of the web chat as the browser receives it.
 *
 * @param id       the bubble; a line that changes (a guide edited their message) keeps it
 * @param rev      the revision of the line, growing with every new or changed line of the chat: the
 *                 browser asks for, and the stream sends, the lines after the last revision it has
 * @param clientId the browser's id for a line the newcomer sent, so it can replace its pending bubble
 * @param dir      {@code rtl} for Arabic, Persian and Sorani texts, otherwise {@code auto}
 * @param html     safe HTML made by {@link WebChatHtml}
 */
record ChatLine(long id, long rev, String author, String clientId, String lang, String dir, String html,
                List<List<Reply.Button>> buttons, Instant at) {

    static final String NEWCOMER = "newcomer";
    static final String BOT = "bot";
}
