package ruhr.welcome.bot.conversation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ConversationRepository extends JpaRepository<Conversation, Long> {

    Optional<Conversation> findByChannelAndExternalId(Channel channel, String externalId);

    List<Conversation> findTop200ByLastActivityAtBeforeOrderByLastActivityAt(Instant cutoff);

    @Query(value = "select nextval('conversation_pseudonym_seq')", nativeQuery = true)
    int nextPseudonym();
}
