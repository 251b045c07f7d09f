package ruhr.welcome.bot.outbox;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import ruhr.welcome.bot.conversation.ChatRef;

/**
 * Where replies are put, in the same transaction as the state change that caused them: either both
 * are stored or neither, and the dispatcher delivers after commit.
 */
@Service
public class Outbox {

    private final OutboxRepository messages;
    private final OutboxDispatcher dispatcher;

    Outbox(OutboxRepository messages, OutboxDispatcher dispatcher) {
        this.messages = messages;
        this.dispatcher = dispatcher;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void enqueue(ChatRef chat, String method, String payload) {
        deliverAfterCommit(chat, messages.insert(chat.channel(), chat.externalId(), method, payload));
    }

    /**
     * A message that may be changed later: once delivered, the channel's id of it is kept with the
     * outbox message and announced ({@link MessagesDelivered}). Returns the outbox id, which
     * {@link #enqueueChange} accepts until the channel's id is known.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public long enqueueKeepingId(ChatRef chat, String method, String payload) {
        long id = messages.insert(chat.channel(), chat.externalId(), method, payload, true, null);
        deliverAfterCommit(chat, id);
        return id;
    }

    /**
     * A change (an edit) of a message enqueued earlier for the same chat whose channel id is not
     * known yet. It is delivered after that message, per-chat order being kept, with that message's
     * channel id filled in; if that message was never delivered, neither is the change.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void enqueueChange(ChatRef chat, String method, String payload, long earlierOutboxId) {
        deliverAfterCommit(chat, messages.insert(chat.channel(), chat.externalId(), method, payload, false, earlierOutboxId));
    }

    /** Synchronizations run in the order they were registered, so a chat's messages reach the dispatcher in order. */
    private void deliverAfterCommit(ChatRef chat, long id) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                dispatcher.committed(chat, id);
            }
        });
    }
}
