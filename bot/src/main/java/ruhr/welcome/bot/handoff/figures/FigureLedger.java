package ruhr.welcome.bot.handoff.figures;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import ruhr.welcome.bot.handoff.HandoffDesk;
import ruhr.welcome.bot.handoff.HandoffEvents.HandoffAccepted;
import ruhr.welcome.bot.handoff.HandoffEvents.HandoffClosed;
import ruhr.welcome.bot.handoff.HandoffEvents.HandoffRated;
import ruhr.welcome.bot.handoff.HandoffEvents.HandoffWaiting;

/**
 * Writes each complete request's anonymous figures as it moves: requested, first pickup, closed,
 * rated. In the transaction of the change, so figures and handoffs never disagree; kept apart from
 * the handoff so they survive when the conversation is forgotten.
 */
@Component
class FigureLedger {

    private final HandoffDesk desk;
    private final JdbcTemplate jdbc;

    FigureLedger(HandoffDesk desk, JdbcTemplate jdbc) {
        this.desk = desk;
        this.jdbc = jdbc;
    }

    /** The first time a request waits counts; a chat given back to the queue keeps its first request time. */
    @EventListener
    void waiting(HandoffWaiting waiting) {
        desk.find(waiting.handoffId()).ifPresent(handoff -> jdbc.update("""
                insert into handoff_figure (handoff_id, requested_at, lang, city, topic) values (?, ?, ?, ?, ?)
                on conflict (handoff_id) do nothing""", handoff.getId(), java.sql.Timestamp.from(handoff.getRequestedAt()),
                handoff.getLang(), handoff.getCity(), handoff.getTopic()));
    }

    @EventListener
    void accepted(HandoffAccepted accepted) {
        jdbc.update("update handoff_figure set accepted_at = coalesce(accepted_at, now()) where handoff_id = ?",
                accepted.handoffId());
    }

    @EventListener
    void closed(HandoffClosed closed) {
        jdbc.update("update handoff_figure set closed_at = now(), closed_by = ? where handoff_id = ? and closed_at is null",
                closed.by().name(), closed.handoffId());
    }

    @EventListener
    void rated(HandoffRated rated) {
        jdbc.update("update handoff_figure set rating = ? where handoff_id = ?", rated.stars(), rated.handoffId());
    }
}
