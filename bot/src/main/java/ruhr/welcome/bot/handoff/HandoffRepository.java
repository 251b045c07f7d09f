package ruhr.welcome.bot.handoff;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface HandoffRepository extends JpaRepository<Handoff, Long> {

    List<Handoff> findByConversationIdAndStateNot(long conversationId, HandoffState state);

    long countByConversationId(long conversationId);
}
