package ruhr.welcome.bot.outbox;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface OutboxRepository extends JpaRepository<OutboxMessage, Long> {

    /** The oldest pending message of each chat that is due: later ones wait for it, to keep the order. */
    @Query(value = """
            select o.* from outbox_message o
            where o.state = 'PENDING' and o.next_attempt_at <= now()
              and not exists (select 1 from outbox_message p
                              where p.chat_id = o.chat_id and p.channel = o.channel
                                and p.state = 'PENDING' and p.id < o.id)
            order by o.id limit ?1""", nativeQuery = true)
    List<OutboxMessage> dueHeads(int limit);

    /** Takes a message for sending; only one instance wins, the lease ends by itself after a crash. */
    @Modifying
    @Query(value = """
            update outbox_message set next_attempt_at = ?2
            where id = ?1 and state = 'PENDING' and next_attempt_at <= now()""", nativeQuery = true)
    int lease(long id, Instant until);

    long countByState(OutboxMessage.State state);
}
