package ruhr.welcome.bot.handoff;

import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import ruhr.welcome.bot.conversation.Channel;
import ruhr.welcome.bot.conversation.ChatRef;
import ruhr.welcome.bot.conversation.Posted;
import ruhr.welcome.bot.outbox.MessagesDelivered;

/**
 * Where each message relayed in a connected chat landed on the other side, so that its author's
 * edit changes the copy too. Only the chat's current guide and newcomer have copies here: they go
 * when the chat closes or moves to another guide, and with the handoff on /forget.
 */
@Component
public class RelayCopies {

    /** How the message was passed on: the channel's own copy of it, or a text of ours quoting it. */
    public enum Kind { COPY, TEXT }

    /** One copy of a relayed message. */
    public record RelayCopy(long handoffId, ChatRef target, Posted posted, Kind kind) {
    }

    private final JdbcTemplate jdbc;

    RelayCopies(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Runs in the transaction that relayed the message. */
    public void record(long handoffId, ChatRef source, long sourceMessageId, ChatRef target, Posted posted, Kind kind) {
        jdbc.update("""
                insert into relay_copy (handoff_id, source_channel, source_chat, source_message_id, target_channel,
                                        target_chat, kind, target_message_id, outbox_message_id)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", handoffId, source.channel().name(), source.externalId(),
                sourceMessageId, target.channel().name(), target.externalId(), kind.name(), posted.messageId(),
                posted.outboxId());
    }

    /** The copies of someone's message in chats that are still connected; empty when it was never relayed. */
    public List<RelayCopy> of(ChatRef source, long sourceMessageId) {
        return jdbc.query("""
                select r.handoff_id, r.target_channel, r.target_chat, r.kind, r.target_message_id, r.outbox_message_id
                from relay_copy r join handoff h on h.id = r.handoff_id and h.state = 'CONNECTED'
                where r.source_chat = ? and r.source_message_id = ? and r.source_channel = ?
                order by r.id""",
                (rs, i) -> {
                    Long targetMessageId = rs.getObject(5, Long.class);
                    return new RelayCopy(rs.getLong(1), new ChatRef(Channel.valueOf(rs.getString(2)), rs.getString(3)),
                            targetMessageId != null ? Posted.known(targetMessageId) : Posted.pending(rs.getLong(6)),
                            Kind.valueOf(rs.getString(4)));
                },
                source.externalId(), sourceMessageId, source.channel().name());
    }

    /** Telegram told us the ids of copies: later edits name them directly. */
    @EventListener
    void delivered(MessagesDelivered delivered) {
        jdbc.update("""
                update relay_copy r set target_message_id = d.channel_message_id
                from unnest(?::bigint[], ?::bigint[]) as d(outbox_id, channel_message_id)
                where r.outbox_message_id = d.outbox_id and r.target_message_id is null""",
                delivered.outboxIds(), delivered.channelMessageIds());
    }

    /** The chat ended or moved to another guide: nothing of it is changed any more. */
    void forget(long handoffId) {
        jdbc.update("delete from relay_copy where handoff_id = ?", handoffId);
    }
}
