package ruhr.welcome.bot.outbox;

import java.util.List;

/**
 * Messages enqueued with {@link Outbox#enqueueKeepingId} were delivered: the channel's id of each,
 * for the features that change them later (relayed copies, offers). Published by the dispatcher
 * outside any transaction, after the ids are stored with the outbox messages.
 */
public record MessagesDelivered(List<Delivered> messages) {

    public record Delivered(long outboxId, long channelMessageId) {
    }

    public MessagesDelivered {
        messages = List.copyOf(messages);
    }

    public Long[] outboxIds() {
        return messages.stream().map(Delivered::outboxId).toArray(Long[]::new);
    }

    public Long[] channelMessageIds() {
        return messages.stream().map(Delivered::channelMessageId).toArray(Long[]::new);
    }
}
