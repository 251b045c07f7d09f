package ruhr.welcome.bot.inbound;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

import ruhr.welcome.bot.conversation.Channel;

/**
 * Keeps every incoming update before anything is done with it: a crash after receiving loses
 * nothing, and an update delivered twice (a retry of the channel) is stored once.
 */
@Service
public class InboundStore {

    private final JdbcTemplate jdbc;
    private final InboundProcessor processor;

    InboundStore(JdbcTemplate jdbc, InboundProcessor processor) {
        this.jdbc = jdbc;
        this.processor = processor;
    }

    /** Returns false for an update that was already stored. The chat key orders a chat's updates. */
    public boolean store(Channel channel, long updateId, String chatKey, String payload) {
        return store(channel, updateId, payload);
    }

    /** Returns false for an update that was already stored. */
    public boolean store(Channel channel, long updateId, String payload) {
        int inserted = jdbc.update("""
                insert into inbound_update (channel, update_id, payload) values (?, ?, ?)
                on conflict (channel, update_id) do nothing""", channel.name(), updateId, payload);
        processor.wake();
        return inserted == 1;
    }
}
