package ruhr.welcome.bot.handoff;

import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ruhr.welcome.bot.handoff.HandoffEvents.HandoffAccepted;
import ruhr.welcome.bot.handoff.HandoffEvents.HandoffClosed;
import ruhr.welcome.bot.handoff.HandoffEvents.HandoffWaiting;
import ruhr.welcome.knowledge.questions.QuestionLog;

/**
 * The requests for Welcome Guides: a newcomer has at most one open request, which moves through
 * consent, note, waiting and connected to closed. Taking a request is one conditional update, so
 * of several guides (and instances) accepting at once exactly one wins.
 */
@Service
public class HandoffDesk {

    /** The outcome of a guide's accept. */
    public enum Claim { WON, TAKEN, GONE }

    private final HandoffRepository handoffs;
    private final QuestionLog questions;
    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final RelayCopies copies;

    HandoffDesk(HandoffRepository handoffs, QuestionLog questions, JdbcTemplate jdbc, ApplicationEventPublisher events,
                RelayCopies copies) {
        this.handoffs = handoffs;
        this.questions = questions;
        this.jdbc = jdbc;
        this.events = events;
        this.copies = copies;
    }

    /** The newcomer's open request, if any. */
    @Transactional(readOnly = true)
    public Optional<Handoff> open(long conversationId) {
        return handoffs.findByConversationIdAndStateNot(conversationId, HandoffState.CLOSED).stream().findFirst();
    }

    /** Starts a request (asking for consent), or returns the one already open. */
    @Transactional
    public Handoff request(long conversationId, String lang, String city, String topic, Long questionId) {
        if (questionId != null) {
            questions.handedToGuide(questionId);
        }
        return open(conversationId).orElseGet(() -> handoffs.save(new Handoff(conversationId, lang, city, topic)));
    }

    @Transactional
    public void consent(Handoff handoff, boolean agreed) {
        if (agreed) {
            handoff.consented();
        } else {
            handoff.close(Handoff.ClosedBy.WITHDRAWN);
        }
    }

    @Transactional
    public void note(Handoff handoff, String note) {
        handoff.noted(note);
        events.publishEvent(new HandoffWaiting(handoff.getId()));
    }

    /** The position of a waiting request among those of its language, 1 for the next. */
    @Transactional(readOnly = true)
    public long position(Handoff handoff) {
        return handoffs.waitingBefore(handoff.getId(), handoff.getLang()) + 1;
    }

    /**
     * One guide takes the request: at most one ever wins, however many accept at once. A guide a
     * coordinator deactivated cannot take one with an offer they still have.
     */
    @Transactional
    public Claim accept(long handoffId, long guideId, String guideName) {
        int won = jdbc.update("""
                update handoff set state = 'CONNECTED', guide_id = ?, accepted_at = now(), version = version + 1
                where id = ? and state = 'WAITING'
                  and exists (select 1 from guide g where g.id = ? and g.active and g.deactivated_at is null)""",
                guideId, handoffId, guideId);
        jdbc.update("update handoff_offer set outcome = case when guide_id = ? then ? else 'TAKEN' end "
                + "where handoff_id = ? and outcome = 'OPEN'", guideId, won == 1 ? "ACCEPTED" : "LATE", handoffId);
        // read back with SQL: the claim bypassed any copy of the handoff this transaction may hold
        var rows = jdbc.queryForList("select conversation_id, state from handoff where id = ?", handoffId);
        if (won == 0) {
            return !rows.isEmpty() && !"CLOSED".equals(rows.getFirst().get("state")) ? Claim.TAKEN : Claim.GONE;
        }
        events.publishEvent(new HandoffAccepted(handoffId, ((Number) rows.getFirst().get("conversation_id")).longValue(), guideId,
                guideName));
        return Claim.WON;
    }

    /** The newcomer wrote in a connected chat: from now on the guide owes an answer. */
    @Transactional
    public void newcomerWrote(long handoffId) {
        jdbc.update("update handoff set newcomer_active_at = now() where id = ?", handoffId);
    }

    /** The guide answered: any reminder is settled. */
    @Transactional
    public void guideWrote(long handoffId) {
        jdbc.update("update handoff set guide_active_at = now(), guide_nudged_at = null where id = ?", handoffId);
    }

    /** A guide said "not now": the offer is not made to them again. */
    @Transactional
    public void decline(long handoffId, long guideId) {
        jdbc.update("update handoff_offer set outcome = 'DECLINED' where handoff_id = ? and guide_id = ? and outcome = 'OPEN'",
                handoffId, guideId);
    }

    @Transactional(readOnly = true)
    public Optional<Handoff> find(long handoffId) {
        return handoffs.findById(handoffId);
    }

    @Transactional(readOnly = true)
    public java.util.List<Handoff> connectedTo(long guideId) {
        return handoffs.findByGuideIdAndState(guideId, HandoffState.CONNECTED);
    }

    @Transactional(readOnly = true)
    public java.util.List<Handoff> waiting() {
        return handoffs.findByStateOrderByRequestedAt(HandoffState.WAITING);
    }

    /**
     * The guide can no longer help (left, deactivated, or silent too long): the request waits for
     * another guide. Guides who lost the race for it get a new offer; the guide who gave it back and
     * those who declined do not, and an offer that ran out keeps working.
     */
    @Transactional
    public void release(Handoff handoff) {
        Long previous = handoff.getGuideId();
        handoff.released();
        copies.forget(handoff.getId()); // the next guide starts afresh; the last one's edits stay with them
        if (previous != null) {
            jdbc.update("insert into handoff_offer (handoff_id, guide_id, outcome) values (?, ?, 'ACCEPTED') "
                    + "on conflict (handoff_id, guide_id) do update set outcome = 'ACCEPTED'",
                    handoff.getId(), previous);
        }
        jdbc.update("update handoff set guide_nudged_at = null, newcomer_active_at = null, guide_active_at = null where id = ?",
                handoff.getId());
        // offers already settled as taken may be made again; expired ones still show their buttons and work
        jdbc.update("delete from handoff_offer where handoff_id = ? and outcome in ('TAKEN', 'LATE', 'WITHDRAWN')",
                handoff.getId());
        events.publishEvent(new HandoffWaiting(handoff.getId()));
    }

    @Transactional
    public void close(Handoff handoff, Handoff.ClosedBy by) {
        handoff.close(by);
        // offers nobody answered end with it; their messages are changed by the guides' side
        jdbc.update("update handoff_offer set outcome = 'WITHDRAWN' where handoff_id = ? and outcome = 'OPEN'", handoff.getId());
        copies.forget(handoff.getId());
        events.publishEvent(new HandoffClosed(handoff.getId(), handoff.getConversationId(), handoff.getGuideId(), by));
    }

    /** The newcomer's last chat with a guide that ended, for the rating. */
    @Transactional(readOnly = true)
    public Optional<Handoff> lastClosedWithGuide(long conversationId) {
        return handoffs.findFirstByConversationIdAndStateAndGuideIdNotNullOrderByClosedAtDesc(conversationId,
                HandoffState.CLOSED);
    }

    @Transactional
    public void rate(Handoff handoff, int stars) {
        handoff.rate(stars);
        events.publishEvent(new HandoffEvents.HandoffRated(handoff.getId(), stars));
    }

    @Transactional
    public void ratingComment(Handoff handoff, String comment) {
        handoff.comment(comment);
    }

    /** How often this conversation asked for a guide, for /mydata. */
    @Transactional(readOnly = true)
    public long requests(long conversationId) {
        return handoffs.countByConversationId(conversationId);
    }
}
