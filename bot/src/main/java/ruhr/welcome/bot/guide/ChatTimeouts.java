package ruhr.welcome.bot.guide;

import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import ruhr.welcome.bot.handoff.Handoff;
import ruhr.welcome.bot.handoff.HandoffDesk;
import ruhr.welcome.bot.handoff.HandoffEvents.HandoffReassigned;
import ruhr.welcome.bot.handoff.HandoffState;

/**
 * Nobody is left hanging: a guide who owes a newcomer an answer is reminded once, then the chat
 * goes to another guide with the brief; a chat where nobody wrote for long is closed with a notice.
 */
@Component
class ChatTimeouts {

    private static final String OWES_ANSWER = """
            state = 'CONNECTED' and newcomer_active_at is not null
            and newcomer_active_at > coalesce(guide_active_at, accepted_at)
            and newcomer_active_at < now() - ? * interval '1 second'""";

    private final JdbcTemplate jdbc;
    private final HandoffDesk desk;
    private final GuideRepository guides;
    private final GuideChats chats;
    private final HandoffProperties properties;
    private final TransactionTemplate tx;
    private final ApplicationEventPublisher events;

    ChatTimeouts(JdbcTemplate jdbc, HandoffDesk desk, GuideRepository guides, GuideChats chats,
                 HandoffProperties properties, TransactionTemplate tx,
                 ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.desk = desk;
        this.guides = guides;
        this.chats = chats;
        this.properties = properties;
        this.tx = tx;
        this.events = events;
    }

    @Scheduled(initialDelayString = "${welcome.handoff.sweep:30s}", fixedDelayString = "${welcome.handoff.sweep:30s}")
    void sweep() {
        each("select id from handoff where guide_nudged_at is null and " + OWES_ANSWER, properties.nudgeAfter().toSeconds(),
                (handoff, guide) -> {
                    chats.nudge(guide, handoff);
                    jdbc.update("update handoff set guide_nudged_at = now() where id = ?", handoff.getId());
                });
        each("select id from handoff where " + OWES_ANSWER, properties.reassignAfter().toSeconds(), (handoff, guide) -> {
            chats.reassign(guide, handoff);
            events.publishEvent(new HandoffReassigned(handoff.getId(), handoff.getConversationId()));
        });
        each("""
                select id from handoff where state = 'CONNECTED'
                and greatest(accepted_at, coalesce(newcomer_active_at, accepted_at), coalesce(guide_active_at, accepted_at))
                    < now() - ? * interval '1 second'""", properties.quietCloseAfter().toSeconds(),
                (handoff, guide) -> desk.close(handoff, Handoff.ClosedBy.TIMEOUT));
    }

    private void each(String query, long seconds, java.util.function.BiConsumer<Handoff, Guide> action) {
        List<Long> ids = jdbc.queryForList(query, Long.class, seconds);
        for (Long id : ids) {
            tx.executeWithoutResult(status -> desk.find(id)
                    .filter(h -> h.getState() == HandoffState.CONNECTED && h.getGuideId() != null)
                    .ifPresent(handoff -> guides.findById(handoff.getGuideId())
                            .ifPresent(guide -> action.accept(handoff, guide))));
        }
    }
}
