package ruhr.welcome.bot.outbox;

import java.time.Instant;

import ruhr.welcome.bot.conversation.Channel;

/**
 * A message waiting to be delivered. It stays in the outbox until the channel confirms it, so a
 * crash or an outage of the channel loses nothing; per chat the order of creation is kept. Its
 * state moves PENDING -> SENT or DROPPED only (see {@link OutboxRepository}).
 *
 * @param receipt whether the channel's id of the delivered message is kept and announced
 *                ({@link MessagesDelivered}), for messages that may be changed later
 * @param about   the outbox message (same chat, enqueued earlier) this one changes: its channel id
 *                is filled in at sending, as it may not have been known when this one was enqueued
 */
record OutboxMessage(long id, Channel channel, String chatId, String method, String payload, int attempts,
                     Instant createdAt, boolean receipt, Long about) {

    enum State { PENDING, SENT, DROPPED }

    /** The key under which the per-chat cap and the one-in-flight-per-chat rule apply. */
    String chat() {
        return channel + ":" + chatId;
    }
}
