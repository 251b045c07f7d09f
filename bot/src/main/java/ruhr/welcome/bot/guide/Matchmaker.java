package ruhr.welcome.bot.guide;

import java.time.Instant;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

import ruhr.welcome.bot.conversation.Channel;
import ruhr.welcome.bot.conversation.Deliveries;
import ruhr.welcome.bot.handoff.Handoff;
import ruhr.welcome.bot.handoff.HandoffDesk;
import ruhr.welcome.bot.handoff.HandoffEvents.HandoffQueued;
import ruhr.welcome.bot.handoff.HandoffEvents.HandoffWaiting;
import ruhr.welcome.bot.handoff.HandoffState;

/**
 * Brings waiting requests to guides: the best few at once as soon as a request is complete, the
 * next few when nobody accepted in time, and queued requests again whenever the sweep finds a guide
 * available. A newcomer whose request cannot be offered is told when guides are usually there.
 */
@Component
class Matchmaker {

    private final HandoffDesk desk;
    private final GuideMatcher matcher;
    private final GuideRepository guides;
    private final OfferMessages offers;
    private final Deliveries deliveries;
    private final HandoffProperties properties;
    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;

    Matchmaker(HandoffDesk desk, GuideMatcher matcher, GuideRepository guides, OfferMessages offers, Deliveries deliveries,
               HandoffProperties properties, JdbcTemplate jdbc, ApplicationEventPublisher events, TransactionTemplate tx) {
        this.desk = desk;
        this.matcher = matcher;
        this.guides = guides;
        this.offers = offers;
        this.deliveries = deliveries;
        this.properties = properties;
        this.jdbc = jdbc;
        this.events = events;
        this.tx = tx;
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void waiting(HandoffWaiting waiting) {
        desk.find(waiting.handoffId()).ifPresent(this::offer);
    }

    /** Requests whose offers ran out or that wait in the queue get another round. */
    @Scheduled(initialDelayString = "${welcome.handoff.sweep:30s}", fixedDelayString = "${welcome.handoff.sweep:30s}")
    void sweep() {
        tx.executeWithoutResult(status -> offers.widened(jdbc.queryForList("""
                update handoff_offer set outcome = 'EXPIRED' where outcome = 'OPEN' and offered_at < now() - ? * interval '1 second'
                returning id""", Long.class, properties.offerTimeout().toSeconds())));
        for (Handoff handoff : desk.waiting()) {
            tx.executeWithoutResult(status -> desk.find(handoff.getId()).ifPresent(this::offer));
        }
    }

    /** Offers the request to the best guides not asked yet, unless some offers are still open. */
    void offer(Handoff handoff) {
        if (handoff.getState() != HandoffState.WAITING || !deliveries.canReach(Channel.TELEGRAM)) {
            return;
        }
        Integer open = jdbc.queryForObject("select count(*) from handoff_offer where handoff_id = ? and outcome = 'OPEN'",
                Integer.class, handoff.getId());
        if (open != null && open > 0) {
            return;
        }
        List<Long> asked = jdbc.queryForList("select guide_id from handoff_offer where handoff_id = ?", Long.class, handoff.getId());
        boolean firstRound = jdbc.queryForObject("select last_offer_at is null from handoff where id = ?", Boolean.class,
                handoff.getId());
        jdbc.update("update handoff set last_offer_at = now() where id = ?", handoff.getId());
        var request = new MatchRequest(List.of(handoff.getLang()), handoff.getCity(), handoff.getTopic(), Instant.now());
        List<Long> best = matcher.best(request, properties.offersAtOnce(), asked);
        for (Long guideId : best) {
            // the sweep and the request's own round may meet: only the one that records the offer sends it
            if (jdbc.update("insert into handoff_offer (handoff_id, guide_id) values (?, ?) on conflict do nothing",
                    handoff.getId(), guideId) == 1) {
                guides.findById(guideId).ifPresent(guide -> offers.offer(guide, handoff));
            }
        }
        if (best.isEmpty() && firstRound) {
            events.publishEvent(new HandoffQueued(handoff.getId(), handoff.getConversationId(), desk.position(handoff),
                    matcher.usualTimes(request.languages(), handoff.getCity())));
        }
    }
}
