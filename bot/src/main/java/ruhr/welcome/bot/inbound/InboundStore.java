package ruhr.welcome.bot.inbound;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

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
            on conflict (channel, update_id) do nothing""";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final InboundProcessor processor;

    InboundStore(JdbcTemplate jdbc, PlatformTransactionManager transactions, InboundProcessor processor) {
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
        this.processor = processor;
    }

    /** Returns false for an update that was already stored. */
    public boolean store(Channel channel, long updateId, String chatKey, String payload) {
        int inserted = jdbc.update(INSERT, channel.name(), updateId, chatKey, payload);
        processor.wake();
        return inserted == 1;
    }

    /**
     * Stores a batch (one long-polling answer) in one transaction and one round trip: all of it or,
     * after a failure, none of it, so the caller can simply retry the whole batch.
     */
    public void storeAll(Channel channel, List<Received> updates) {
        if (updates.isEmpty()) {
            return;
        }
        tx.executeWithoutResult(status -> jdbc.batchUpdate(INSERT, updates, updates.size(), (statement, update) -> {
            statement.setString(1, channel.name());
            statement.setLong(2, update.updateId());
            statement.setString(3, update.chatKey());
            statement.setString(4, update.payload());
        }));
        processor.wake();
    }
}
