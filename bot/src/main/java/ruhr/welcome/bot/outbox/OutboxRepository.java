package ruhr.welcome.bot.outbox;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

import ruhr.welcome.bot.conversation.Channel;

/**
 * The outbox table in plain SQL: every step is one statement, so delivering a message costs a few
 * short round trips and no persistence context. A state change only applies to a PENDING message,
 * so a late or repeated settlement changes nothing.
 */
@Repository
class OutboxRepository {

    private static final int MAX_ERROR = 500;
    private static final RowMapper<OutboxMessage> MESSAGE = (rs, i) -> new OutboxMessage(rs.getLong("id"),
            Channel.valueOf(rs.getString("channel")), rs.getString("chat_id"), rs.getString("method"),
            rs.getString("payload"), rs.getInt("attempts"), rs.getTimestamp("created_at").toInstant(),
            rs.getBoolean("receipt"), rs.getObject("about_outbox_id", Long.class));

    /** A chat's later messages wait until its earlier ones are settled: the order per chat holds. */
    private static final String OLDEST_OF_ITS_CHAT = """
            not exists (select 1 from outbox_message p
                        where p.chat_id = h.chat_id and p.channel = h.channel and p.state = 'PENDING' and p.id < h.id)""";

    private final JdbcTemplate jdbc;

    OutboxRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long insert(Channel channel, String chatId, String method, String payload) {
        return jdbc.queryForObject("""
                insert into outbox_message (channel, chat_id, method, payload, state) values (?, ?, ?, ?, 'PENDING')
                returning id""", Long.class, channel.name(), chatId, method, payload);
    }

    /** A message whose channel id is kept once delivered, or one that changes an earlier message; its outbox id. */
    long insert(Channel channel, String chatId, String method, String payload, boolean receipt, Long about) {
        return jdbc.queryForObject("""
                insert into outbox_message (channel, chat_id, method, payload, state, receipt, about_outbox_id)
                values (?, ?, ?, ?, 'PENDING', ?, ?) returning id""", Long.class,
                channel.name(), chatId, method, payload, receipt, about);
    }

    /**
     * Takes the oldest due message of up to {@code limit} chats for sending, in one statement, and
     * returns them oldest first. A chat's later messages wait until its earlier ones are settled, so
     * the order per chat holds; chats inside their per-chat interval ({@code resting}, "CHANNEL:id")
     * are left out. SKIP LOCKED lets several instances lease side by side, and a lease ends by
     * itself, so a crash only delays a message.
     */
    List<OutboxMessage> leaseDueHeads(int limit, List<String> resting, Instant until) {
        return lease("""
                h.state = 'PENDING' and h.next_attempt_at <= now() and %s
                  and not (h.channel || ':' || h.chat_id) = any(?)
                order by h.id limit ?""".formatted(OLDEST_OF_ITS_CHAT), Timestamp.from(until), resting.toArray(String[]::new), limit);
    }

    /**
     * Leases the given messages, by id, where each is still due and the oldest pending one of its
     * chat; returns those it leased, oldest first. The cheap way for messages this instance just
     * committed.
     */
    List<OutboxMessage> leaseByIds(List<Long> ids, Instant until) {
        return lease("h.id = any(?) and h.state = 'PENDING' and h.next_attempt_at <= now() and " + OLDEST_OF_ITS_CHAT,
                Timestamp.from(until), ids.toArray(Long[]::new));
    }

    private List<OutboxMessage> lease(String which, Object... args) {
        List<OutboxMessage> leased = new ArrayList<>(jdbc.query("""
                update outbox_message o set next_attempt_at = ?
                from (select h.id from outbox_message h where %s for update skip locked) due
                where o.id = due.id
                returning o.id, o.channel, o.chat_id, o.method, o.payload, o.attempts, o.created_at, o.receipt,
                          o.about_outbox_id""".formatted(which), MESSAGE, args));
        leased.sort(Comparator.comparingLong(OutboxMessage::id));
        return leased;
    }

    /** Marks delivered messages, as many as there are, in one statement. */
    void sent(List<Long> ids) {
        jdbc.update("update outbox_message set state = 'SENT', sent_at = now() where id = any(?) and state = 'PENDING'",
                (Object) ids.toArray(Long[]::new));
    }

    /** Marks delivered messages together with the channel's ids of them, in one statement. */
    void sent(List<Long> ids, List<Long> channelMessageIds) {
        jdbc.update("""
                update outbox_message o set state = 'SENT', sent_at = now(), channel_message_id = d.channel_message_id
                from unnest(?::bigint[], ?::bigint[]) as d(id, channel_message_id)
                where o.id = d.id and o.state = 'PENDING'""",
                ids.toArray(Long[]::new), channelMessageIds.toArray(Long[]::new));
    }

    /** The channel's id of a delivered message that kept it; null while pending, or when dropped or gone. */
    Long channelMessageId(long id) {
        return jdbc.query("select channel_message_id from outbox_message where id = ? and state = 'SENT'",
                rs -> rs.next() ? rs.getObject(1, Long.class) : null, id);
    }

    /** A temporary failure: try again after {@code delay}. */
    boolean retryAfter(long id, Duration delay, String error) {
        return jdbc.update("""
                update outbox_message set attempts = attempts + 1, next_attempt_at = ?, last_error = ?
                where id = ? and state = 'PENDING'""", Timestamp.from(Instant.now().plus(delay)), truncate(error), id) == 1;
    }

    /** Stop trying: the chat cannot be reached, the channel refused the message, or it is too old. */
    boolean drop(long id, String error) {
        return jdbc.update("update outbox_message set state = 'DROPPED', last_error = ? where id = ? and state = 'PENDING'",
                truncate(error), id) == 1;
    }

    private static String truncate(String error) {
        return error == null || error.length() <= MAX_ERROR ? error : error.substring(0, MAX_ERROR);
    }
}
