package ruhr.welcome.bot.inbound;

import java.util.Comparator;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;

import ruhr.welcome.bot.conversation.Channel;

/**
 * Keeps every incoming update before anything is done with it: a crash after receiving loses
 * nothing, and an update delivered twice (a retry of the channel) is stored once. The chat key
 * names the chat an update belongs to (it is personal data like the payload: never logged); updates
 * with the same key are handled one after the other, in the order they were stored.
 */
@Service
public class InboundStore {

    /** One update as received: its id on the channel, the chat it belongs to and the raw payload. */
    public record Received(long updateId, String chatKey, String payload) {
    }

    private static final String INSERT = """
            insert into inbound_update (channel, update_id, chat_key, payload) values (?, ?, ?, ?)
            on conflict (channel, update_id) do nothing returning id, chat_key""";
    /** A whole batch in one statement; it returns only the rows that were new. */
    private static final String INSERT_ALL = """
            insert into inbound_update (channel, update_id, chat_key, payload)
            select ?, b.update_id, b.chat_key, b.payload
            from unnest(?::bigint[], ?::varchar[], ?::text[]) with ordinality as b(update_id, chat_key, payload, position)
            order by b.position
            on conflict (channel, update_id) do nothing returning id, chat_key""";
    private static final RowMapper<InboundProcessor.Stored> STORED =
            (rs, i) -> new InboundProcessor.Stored(rs.getLong(1), rs.getString(2));

    private final JdbcTemplate jdbc;
    private final InboundProcessor processor;

    InboundStore(JdbcTemplate jdbc, InboundProcessor processor) {
        this.jdbc = jdbc;
        this.processor = processor;
    }

    /** Returns false for an update that was already stored. */
    public boolean store(Channel channel, long updateId, String chatKey, String payload) {
        List<InboundProcessor.Stored> inserted = jdbc.query(INSERT, STORED, channel.name(), updateId, chatKey, payload);
        processor.claimSoon(inserted);
        return !inserted.isEmpty();
    }

    /**
     * Stores a batch (one long-polling answer) in one statement: all of it or, after a failure, none
     * of it, so the caller can simply retry the whole batch.
     */
    public void storeAll(Channel channel, List<Received> updates) {
        if (updates.isEmpty()) {
            return;
        }
        List<InboundProcessor.Stored> inserted = jdbc.query(INSERT_ALL, STORED, channel.name(),
                updates.stream().map(Received::updateId).toArray(Long[]::new),
                updates.stream().map(Received::chatKey).toArray(String[]::new),
                updates.stream().map(Received::payload).toArray(String[]::new));
        // ids grow in insertion order; sorted, each chat's updates reach its worker in arrival order
        processor.claimSoon(inserted.stream().sorted(Comparator.comparingLong(InboundProcessor.Stored::id)).toList());
    }
}
