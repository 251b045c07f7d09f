package ruhr.welcome.bot.conversation;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import ruhr.welcome.bot.handoff.Handoff;
import ruhr.welcome.bot.handoff.HandoffEvents.GuideEdited;
import ruhr.welcome.bot.handoff.HandoffEvents.GuideWrote;
import ruhr.welcome.bot.handoff.HandoffEvents.HandoffAccepted;
import ruhr.welcome.bot.handoff.HandoffEvents.HandoffClosed;
import ruhr.welcome.bot.handoff.HandoffEvents.HandoffQueued;
import ruhr.welcome.bot.handoff.HandoffEvents.HandoffReassigned;
import ruhr.welcome.bot.handoff.HandoffEvents.UsualTime;
import ruhr.welcome.bot.handoff.RelayCopies;
import ruhr.welcome.bot.i18n.BotTexts;
import ruhr.welcome.knowledge.faq.AnswerMarkup;

/**
 * Tells the newcomer, in their language, what happens with their request: queued (and when guides
 * are usually there), taken, ended by the guide; and passes the guide's messages (and their edits)
 * on. Runs in the transaction that caused it, so the notice and the change are stored together.
 */
@Component
class HandoffNotices {

    private static final DateTimeFormatter HOURS = DateTimeFormatter.ofPattern("HH:mm");

    private final ConversationRepository conversations;
    private final Deliveries deliveries;
    private final Menus menus;
    private final BotTexts texts;
    private final GuideRequestFlow flow;
    private final RelayCopies copies;

    HandoffNotices(ConversationRepository conversations, Deliveries deliveries, Menus menus, BotTexts texts,
                   GuideRequestFlow flow, RelayCopies copies) {
        this.conversations = conversations;
        this.deliveries = deliveries;
        this.menus = menus;
        this.texts = texts;
        this.flow = flow;
        this.copies = copies;
    }

    @EventListener
    void queued(HandoffQueued queued) {
        conversations.findById(queued.conversationId()).ifPresent(conversation -> {
            String lang = menus.ui(conversation.getLang());
            String key = queued.usually().isEmpty() ? "handoff.queued-no-times" : "handoff.queued";
            deliveries.send(conversation.getChat(), Reply.text(lang, texts.text(lang, key, Map.of(
                    "position", queued.position(), "language", BotTexts.languageName(lang, lang),
                    "times", usualTimes(queued.usually(), lang)))));
        });
    }

    @EventListener
    void accepted(HandoffAccepted accepted) {
        conversations.findById(accepted.conversationId()).ifPresent(conversation -> {
            String lang = menus.ui(conversation.getLang());
            deliveries.send(conversation.getChat(), Reply.text(lang, texts.text(lang, "handoff.connected",
                    Map.of("name", accepted.guideName()))));
        });
    }

    @EventListener
    void closed(HandoffClosed closed) {
        if (closed.by() != Handoff.ClosedBy.GUIDE && closed.by() != Handoff.ClosedBy.TIMEOUT) {
            return; // the newcomer ended it and already has the answer to that
        }
        conversations.findById(closed.conversationId()).ifPresent(conversation -> {
            String key = closed.by() == Handoff.ClosedBy.GUIDE ? "handoff.ended-by-guide" : "handoff.ended-quiet";
            deliveries.send(conversation.getChat(), menus.say(conversation, key, List.of()));
            if (closed.guideId() != null) {
                deliveries.send(conversation.getChat(), flow.ratingQuestion(conversation, closed.handoffId()));
            }
        });
    }

    @EventListener
    void reassigned(HandoffReassigned reassigned) {
        conversations.findById(reassigned.conversationId()).ifPresent(conversation ->
                deliveries.send(conversation.getChat(), menus.say(conversation, "handoff.reassigning", List.of())));
    }

    @EventListener
    void guideWrote(GuideWrote wrote) {
        conversations.findById(wrote.conversationId()).ifPresent(conversation -> {
            ChatRef newcomer = conversation.getChat();
            Optional<Posted> copy = wrote.messageId() == null ? Optional.empty()
                    : deliveries.copy(wrote.from(), wrote.messageId(), newcomer);
            if (copy.isPresent()) {
                copies.record(wrote.handoffId(), wrote.from(), wrote.messageId(), newcomer, copy.get(), RelayCopies.Kind.COPY);
                return;
            }
            String lang = menus.ui(conversation.getLang());
            if (wrote.messageId() == null || wrote.text() == null) {
                String text = wrote.text() == null ? texts.text(lang, "handoff.guide-sent-media") : wrote.text();
                deliveries.send(newcomer, fromGuide(wrote.guideName(), text, lang));
                return;
            }
            Posted posted = deliveries.post(newcomer, fromGuide(wrote.guideName(), wrote.text(), lang));
            copies.record(wrote.handoffId(), wrote.from(), wrote.messageId(), newcomer, posted, RelayCopies.Kind.TEXT);
        });
    }

    /** The guide corrected a message: the newcomer's copy shows the new version (a web chat line in place). */
    @EventListener
    void guideEdited(GuideEdited edited) {
        conversations.findById(edited.conversationId()).ifPresent(conversation -> {
            String lang = menus.ui(conversation.getLang());
            for (RelayCopies.RelayCopy copy : edited.copies()) {
                switch (copy.kind()) {
                    case COPY -> deliveries.editCopy(copy.target(), copy.posted(), edited.text(), edited.media());
                    // a text of ours never showed a caption: the line said "a photo", which stays true
                    case TEXT -> {
                        if (!edited.media()) {
                            deliveries.replace(copy.target(), copy.posted(), fromGuide(edited.guideName(), edited.text(), lang));
                        }
                    }
                }
            }
        });
    }

    /** The guide's words as the newcomer reads them where the channel cannot copy: name, then text. */
    private static Reply fromGuide(String guideName, String text, String lang) {
        return new Reply(lang, List.of(AnswerMarkup.paragraph(guideName + ":", AnswerMarkup.Style.BOLD),
                AnswerMarkup.paragraph(text, AnswerMarkup.Style.PLAIN)), List.of());
    }

    /** "Mon 18:00–20:00, Wed 17:00–19:00" with weekday names in the reader's language. */
    static String usualTimes(List<UsualTime> times, String lang) {
        return times.stream()
                .map(t -> BotTexts.weekday(t.dayOfWeek(), lang) + " " + t.start().format(HOURS) + "–" + t.end().format(HOURS))
                .collect(Collectors.joining(", "));
    }
}
