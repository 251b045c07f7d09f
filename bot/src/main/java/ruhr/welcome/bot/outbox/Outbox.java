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
        messages.insert(chat.channel(), chat.externalId(), method, payload);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                dispatcher.wake();
            }
        });
    }
}
