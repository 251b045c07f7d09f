package ruhr.welcome.bot.outbox;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
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
            rs.getString("payload"), rs.getInt("attempts"), rs.getTimestamp("created_at").toInstant());

    private final JdbcTemplate jdbc;

    OutboxRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Channel channel, String chatId, String method, String payload) {
        jdbc.update("insert into outbox_message (channel, chat_id, method, payload, state) values (?, ?, ?, ?, 'PENDING')",
                channel.name(), chatId, method, payload);
    }

    /** The oldest pending message of each chat that is due: later ones wait for it, to keep the order. */
    List<OutboxMessage> dueHeads(int limit) {
        return jdbc.query("""
                select o.id, o.channel, o.chat_id, o.method, o.payload, o.attempts, o.created_at from outbox_message o
                where o.state = 'PENDING' and o.next_attempt_at <= now()
                  and not exists (select 1 from outbox_message p
                                  where p.chat_id = o.chat_id and p.channel = o.channel
                                    and p.state = 'PENDING' and p.id < o.id)
                order by o.id limit ?""", MESSAGE, limit);
    }

    /**
     * Takes messages for sending, all in one statement; returns the ids this instance won (another
     * instance may have taken some first). A lease ends by itself, so a crash only delays a message.
     */
    List<Long> lease(List<Long> ids, Instant until) {
        if (ids.isEmpty()) {
            return List.of();
        }
        // one bigint[] parameter: pgjdbc binds a Long[] as an array
        return jdbc.query("""
                update outbox_message set next_attempt_at = ?
                where id = any(?) and state = 'PENDING' and next_attempt_at <= now()
                returning id""", (rs, i) -> rs.getLong(1), Timestamp.from(until), ids.toArray(Long[]::new));
    }

    boolean sent(long id) {
        return jdbc.update("update outbox_message set state = 'SENT', sent_at = now() where id = ? and state = 'PENDING'",
                id) == 1;
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
