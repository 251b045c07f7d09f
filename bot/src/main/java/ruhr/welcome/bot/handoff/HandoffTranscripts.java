package ruhr.welcome.bot.handoff;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import ruhr.welcome.bot.conversation.Channel;
import ruhr.welcome.bot.conversation.ChatRef;
import ruhr.welcome.bot.handoff.HandoffEvents.HandoffTranscriptExpired;

/**
 * Keeps the promise that chats with guides are kept only for a set time: once a chat has been closed
 * for the retention period, its note and rating comment are cleared and every store holding words
 * of the chat deletes them ({@link HandoffTranscriptExpired}). What remains is the anonymous shape of
 * the request (language, city, times, stars) until the conversation itself goes.
 */
@Component
class HandoffTranscripts {

    private static final Logger log = LoggerFactory.getLogger(HandoffTranscripts.class);

    private record Expired(long id, ChatRef newcomer, Instant from, Instant until) {
    }

    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final TranscriptProperties properties;
    private final TransactionTemplate tx;

    HandoffTranscripts(JdbcTemplate jdbc, ApplicationEventPublisher events, TranscriptProperties properties,
                       TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.events = events;
        this.properties = properties;
        this.tx = tx;
    }

    @Scheduled(initialDelayString = "${welcome.privacy.sweep:1h}", fixedDelayString = "${welcome.privacy.sweep:1h}")
    void sweep() {
        int deleted = 0;
        int batch;
        do {
            batch = deleteExpiredBatch();
            deleted += batch;
        } while (batch > 0);
        if (deleted > 0) {
            log.info("Deleted the transcripts of {} chats closed more than {} ago", deleted, properties.retention());
        }
    }

    /** One batch in one transaction; returns how many chats' transcripts it deleted. */
    int deleteExpiredBatch() {
        Timestamp cutoff = Timestamp.from(Instant.now().minus(properties.retention()));
        Integer count = tx.execute(status -> {
            List<Expired> expired = jdbc.query("""
                    select h.id, c.channel, c.external_id, h.created_at, h.closed_at
                    from handoff h join conversation c on c.id = h.conversation_id
                    where h.state = 'CLOSED' and h.transcript_deleted_at is null and h.closed_at < ?
                    order by h.closed_at limit 200 for update of h skip locked""",
                    (rs, i) -> new Expired(rs.getLong(1), new ChatRef(Channel.valueOf(rs.getString(2)), rs.getString(3)),
                            rs.getTimestamp(4).toInstant(), rs.getTimestamp(5).toInstant()), cutoff);
            for (Expired chat : expired) {
                jdbc.update("update handoff set note = null, rating_comment = null, transcript_deleted_at = now() where id = ?",
                        chat.id());
                events.publishEvent(new HandoffTranscriptExpired(chat.id(), chat.newcomer(), chat.from(), chat.until()));
            }
            return expired.size();
        });
        return count == null ? 0 : count;
    }
}
