package ruhr.welcome.bot.handoff;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface HandoffRepository extends JpaRepository<Handoff, Long> {

    List<Handoff> findByConversationIdAndStateNot(long conversationId, HandoffState state);

    long countByConversationId(long conversationId);

    List<Handoff> findByGuideIdAndState(long guideId, HandoffState state);

    List<Handoff> findByStateOrderByRequestedAt(HandoffState state);

    Optional<Handoff> findFirstByConversationIdAndStateAndGuideIdNotNullOrderByClosedAtDesc(long conversationId,
                                                                                          HandoffState state);

    /** How many complete requests in the same language wait longer than this one (its queue position - 1). */
    @Query("select count(h) from Handoff h where h.state = ruhr.welcome.bot.handoff.HandoffState.WAITING "
            + "and h.lang = :lang and h.requestedAt < (select r.requestedAt from Handoff r where r.id = :id)")
    long waitingBefore(long id, String lang);
}
