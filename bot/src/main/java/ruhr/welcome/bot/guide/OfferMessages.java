package ruhr.welcome.bot.guide;

import java.util.List;
import java.util.Map;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import ruhr.welcome.bot.conversation.Deliveries;
import ruhr.welcome.bot.conversation.Posted;
import ruhr.welcome.bot.conversation.Reply;
import ruhr.welcome.bot.conversation.Reply.Button;
import ruhr.welcome.bot.handoff.Handoff;
import ruhr.welcome.bot.handoff.HandoffDesk;
import ruhr.welcome.bot.handoff.HandoffEvents.HandoffAccepted;
import ruhr.welcome.bot.handoff.HandoffEvents.HandoffClosed;
import ruhr.welcome.bot.i18n.BotTexts;
import ruhr.welcome.bot.outbox.MessagesDelivered;

/**
 * The offers guides get, and what becomes of them in the guides' chats: the first to accept gets
 * the request and every other offer of it is changed to "already taken", without buttons; a
 * request that is withdrawn or forgotten leaves "no longer open". An offer nobody answered in time
 * says that the request now goes to more guides, and keeps its buttons: the first to accept still
 * gets it. Where each offer landed is kept with it, so that it can be changed.
 */
@Component
class OfferMessages {

    private record OfferMessage(long handoffId, long guideId, Posted posted) {
    }

    private final GuideRepository guides;
    private final GuideChats chats;
    private final HandoffDesk desk;
    private final Deliveries deliveries;
    private final BotTexts texts;
    private final JdbcTemplate jdbc;

    OfferMessages(GuideRepository guides, GuideChats chats, HandoffDesk desk, Deliveries deliveries, BotTexts texts,
                  JdbcTemplate jdbc) {
        this.guides = guides;
        this.chats = chats;
        this.desk = desk;
        this.deliveries = deliveries;
        this.texts = texts;
        this.jdbc = jdbc;
    }

    /** Sends a waiting request to a guide (its offer row exists), with what they need to decide and nothing personal. */
    void offer(Guide guide, Handoff handoff) {
        Posted posted = deliveries.post(GuideChats.chatOf(guide), offer(handoff, chats.guideLanguage(guide), false));
        jdbc.update("update handoff_offer set outbox_message_id = ?, message_id = ? where handoff_id = ? and guide_id = ?",
                posted.outboxId(), posted.messageId(), handoff.getId(), guide.getId());
    }

    /** Offers that ran out unanswered (by id): they say the request goes wider now; its buttons stay. */
    void widened(List<Long> offerIds) {
        if (offerIds.isEmpty()) {
            return;
        }
        for (OfferMessage message : jdbc.query("""
                select handoff_id, guide_id, message_id, outbox_message_id from handoff_offer
                where id = any(?) and not message_settled and (message_id is not null or outbox_message_id is not null)""",
                (rs, i) -> row(rs), (Object) offerIds.toArray(Long[]::new))) {
            var handoff = desk.find(message.handoffId());
            guides.findById(message.guideId()).filter(g -> g.getTelegramUserId() != null).ifPresent(guide -> handoff.ifPresent(h ->
                    deliveries.replace(GuideChats.chatOf(guide), message.posted(), offer(h, chats.guideLanguage(guide), true))));
        }
    }

    /** Exactly one guide won: every other offer of the request says it is taken, the winner's that it is theirs. */
    @EventListener
    void accepted(HandoffAccepted accepted) {
        settle(accepted.handoffId(), accepted.guideId());
    }

    /** Withdrawn, ended or forgotten: offers still showing their buttons say it is no longer open. */
    @EventListener
    void closed(HandoffClosed closed) {
        settle(closed.handoffId(), null);
    }

    /** Telegram told us the ids of offers: changes name them directly from now on. */
    @EventListener
    void delivered(MessagesDelivered delivered) {
        jdbc.update("""
                update handoff_offer o set message_id = d.channel_message_id
                from unnest(?::bigint[], ?::bigint[]) as d(outbox_id, channel_message_id)
                where o.outbox_message_id = d.outbox_id and o.message_id is null""",
                delivered.outboxIds(), delivered.channelMessageIds());
    }

    /** Each offer message is changed once, whichever happens first; {@code winner} null: nobody took it. */
    private void settle(long handoffId, Long winner) {
        List<OfferMessage> open = jdbc.query("""
                update handoff_offer set message_settled = true
                where handoff_id = ? and not message_settled and (message_id is not null or outbox_message_id is not null)
                returning handoff_id, guide_id, message_id, outbox_message_id""", (rs, i) -> row(rs), handoffId);
        for (OfferMessage message : open) {
            guides.findById(message.guideId()).filter(g -> g.getTelegramUserId() != null).ifPresent(guide -> {
                String lang = chats.guideLanguage(guide);
                String key = winner == null ? "guide.gone" : winner == message.guideId() ? "guide.offer-accepted" : "guide.taken";
                deliveries.replace(GuideChats.chatOf(guide), message.posted(), Reply.text(lang, texts.text(lang, key)));
            });
        }
    }

    private Reply offer(Handoff handoff, String lang, boolean widened) {
        String text = texts.text(lang, "guide.offer", Map.of(
                "language", BotTexts.languageName(handoff.getLang(), lang),
                "city", chats.cityName(handoff.getCity(), lang),
                "topic", handoff.getTopic() == null ? "–" : texts.text(lang, "topic." + handoff.getTopic()),
                "note", handoff.getNote() == null ? "–" : handoff.getNote()));
        if (widened) {
            text += "\n\n" + texts.text(lang, "guide.offer-widened");
        }
        return Reply.text(lang, text, List.of(List.of(
                new Button(texts.text(lang, "guide.accept"), GuideButtons.accept(handoff.getId())),
                new Button(texts.text(lang, "guide.decline"), GuideButtons.decline(handoff.getId())))));
    }

    private static OfferMessage row(java.sql.ResultSet rs) throws java.sql.SQLException {
        Long messageId = rs.getObject("message_id", Long.class);
        return new OfferMessage(rs.getLong("handoff_id"), rs.getLong("guide_id"),
                messageId != null ? Posted.known(messageId) : Posted.pending(rs.getLong("outbox_message_id")));
    }
}
