package ruhr.welcome.bot.webchat;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import ruhr.welcome.bot.conversation.Reply;
import ruhr.welcome.bot.i18n.BotTexts;

/**
 * The web chat's side of a conversation as the browser shows it. Lines are added in the same
 * transaction that handled the newcomer's message, so each reply appears exactly once and in order;
 * open browsers are told after commit ({@link LineAdded}). A line can be replaced later (a guide
 * edited the message); it keeps its place and id and takes a new revision, so open browsers and
 * those that come back see the change.
 */
@Component
class Transcript {

    private static final TypeReference<List<List<Reply.Button>>> BUTTONS = new TypeReference<>() {
    };

    private final JdbcTemplate jdbc;
    private final JsonMapper json;
    private final ApplicationEventPublisher events;

    Transcript(JdbcTemplate jdbc, JsonMapper json, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.json = json;
        this.events = events;
    }

    record LineAdded(String chatKey) {
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void newcomerSaid(String chatKey, String clientId, String html) {
        insert(chatKey, ChatLine.NEWCOMER, clientId, null, html, List.of());
    }

    /** The bot's reply as a new line; its id, for {@link #replace}. */
    @Transactional(propagation = Propagation.MANDATORY)
    long botSaid(String chatKey, Reply reply) {
        return insert(chatKey, ChatLine.BOT, null, reply.lang(), WebChatHtml.render(reply.body()), reply.buttons());
    }

    /** A bot line with new content; false when the line is gone (the chat was forgotten). */
    @Transactional(propagation = Propagation.MANDATORY)
    boolean replace(String chatKey, long lineId, Reply reply) {
        int changed = jdbc.update("""
                update webchat_message set html = ?, lang = ?, buttons = ?, revision = nextval('webchat_message_id_seq')
                where id = ? and chat_key = ? and author = ?""", WebChatHtml.render(reply.body()), reply.lang(),
                json.writeValueAsString(reply.buttons()), lineId, chatKey, ChatLine.BOT);
        if (changed > 0) {
            events.publishEvent(new LineAdded(chatKey));
        }
        return changed > 0;
    }

    private long insert(String chatKey, String author, String clientId, String lang, String html,
                        List<List<Reply.Button>> buttons) {
        Long id = jdbc.queryForObject("""
                insert into webchat_message (chat_key, author, client_id, lang, html, buttons) values (?, ?, ?, ?, ?, ?)
                returning id""", Long.class, chatKey, author, clientId, lang, html, json.writeValueAsString(buttons));
        events.publishEvent(new LineAdded(chatKey));
        return id;
    }

    /** New and changed lines after a revision, in the order they were written. */
    List<ChatLine> after(String chatKey, long afterRevision, int limit) {
        return jdbc.query("""
                select id, revision, author, client_id, lang, html, buttons, created_at from webchat_message
                where chat_key = ? and revision > ? order by revision limit ?""",
                (rs, i) -> {
                    String lang = rs.getString(5);
                    return new ChatLine(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), lang,
                            lang != null && BotTexts.isRightToLeft(lang) ? "rtl" : "auto", rs.getString(6),
                            json.readValue(rs.getString(7), BUTTONS), rs.getTimestamp(8).toInstant());
                }, chatKey, afterRevision, limit);
    }

    /** The newest revision of each of these chats that has any, to tell which open streams are behind. */
    Map<String, Long> newest(Collection<String> chatKeys) {
        var newest = new HashMap<String, Long>();
        if (chatKeys.isEmpty()) {
            return newest;
        }
        jdbc.query("select chat_key, max(revision) from webchat_message where chat_key = any(?) group by chat_key",
                rs -> {
                    newest.put(rs.getString(1), rs.getLong(2));
                }, (Object) chatKeys.toArray(String[]::new));
        return newest;
    }

    /** The lines written from {@code from} to {@code until}, both included. */
    @Transactional(propagation = Propagation.MANDATORY)
    void deleteBetween(String chatKey, java.time.Instant from, java.time.Instant until) {
        jdbc.update("delete from webchat_message where chat_key = ? and created_at >= ? and created_at <= ?",
                chatKey, java.sql.Timestamp.from(from), java.sql.Timestamp.from(until));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void delete(String chatKey) {
        jdbc.update("delete from webchat_message where chat_key = ?", chatKey);
    }
}
