package ruhr.welcome.bot.guide;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import ruhr.welcome.bot.conversation.Channel;
import ruhr.welcome.bot.conversation.ChatRef;
import ruhr.welcome.bot.conversation.ConversationRepository;
import ruhr.welcome.bot.conversation.Deliveries;
import ruhr.welcome.bot.conversation.Posted;
import ruhr.welcome.bot.conversation.Reply;
import ruhr.welcome.bot.conversation.Reply.Button;
import ruhr.welcome.bot.handoff.Handoff;
import ruhr.welcome.bot.handoff.HandoffDesk;
import ruhr.welcome.bot.handoff.HandoffEvents.GuideWrote;
import ruhr.welcome.bot.handoff.HandoffEvents.HandoffClosed;
import ruhr.welcome.bot.handoff.HandoffEvents.NewcomerWrote;
import ruhr.welcome.bot.handoff.RelayCopies;
import ruhr.welcome.bot.i18n.BotTexts;
import ruhr.welcome.knowledge.faq.City;
import ruhr.welcome.knowledge.questions.QuestionLog;

/**
 * The guide's side of chats: offers with accept buttons, the brief on pickup, messages both ways
 * (always marked with the newcomer's pseudonym, never their account), choosing which chat to answer,
 * and /end. A guide only ever reaches the chats they hold.
 */
@Component
class GuideChats {

    private static final int BRIEF_QUESTIONS = 10;

    private final HandoffDesk desk;
    private final GuideRepository guides;
    private final ConversationRepository conversations;
    private final QuestionLog questions;
    private final Deliveries deliveries;
    private final BotTexts texts;
    private final ApplicationEventPublisher events;
    private final RelayCopies copies;

    GuideChats(HandoffDesk desk, GuideRepository guides, ConversationRepository conversations, QuestionLog questions,
               Deliveries deliveries, BotTexts texts, ApplicationEventPublisher events, RelayCopies copies) {
        this.copies = copies;
        this.desk = desk;
        this.guides = guides;
        this.conversations = conversations;
        this.questions = questions;
        this.deliveries = deliveries;
        this.texts = texts;
        this.events = events;
    }

    static ChatRef chatOf(Guide guide) {
        return new ChatRef(Channel.TELEGRAM, Long.toString(guide.getTelegramUserId()));
    }

    Reply accept(Guide guide, long handoffId, String lang) {
        return switch (desk.accept(handoffId, guide.getId(), guide.getDisplayName())) {
            case WON -> {
                guide.assigned(handoffId, Instant.now());
                yield brief(desk.find(handoffId).orElseThrow(), lang);
            }
            case TAKEN -> Reply.text(lang, texts.text(lang, "guide.taken"));
            case GONE -> Reply.text(lang, texts.text(lang, "guide.gone"));
        };
    }

    /** Pseudonym, language, city, topic, note and what the bot was already asked. */
    Reply brief(Handoff handoff, String lang) {
        var conversation = conversations.findById(handoff.getConversationId()).orElseThrow();
        var asked = new ArrayList<String>();
        questions.byAsker(conversation.getAskerRef()).stream().limit(BRIEF_QUESTIONS).forEach(q ->
                asked.add("• " + q.getQuestion() + " (" + texts.text(lang, "guide.decision." + q.getDecision().toLowerCase()) + ")"));
        String text = texts.text(lang, "guide.brief", Map.of(
                "pseudonym", pseudonym(conversation.getPseudonym(), lang),
                "language", BotTexts.languageName(handoff.getLang(), lang),
                "city", cityName(handoff.getCity(), lang),
                "topic", handoff.getTopic() == null ? "–" : texts.text(lang, "topic." + handoff.getTopic()),
                "note", handoff.getNote() == null ? "–" : handoff.getNote(),
                "questions", asked.isEmpty() ? "–" : String.join("\n", asked)));
        return Reply.text(lang, text);
    }

    /** The guide's own message goes to the chat they answer in. */
    List<Reply> fromGuide(Guide guide, Long messageId, String text, String lang) {
        List<Handoff> open = desk.connectedTo(guide.getId());
        var target = current(guide, open);
        if (target.isEmpty()) {
            return List.of(open.isEmpty() ? Reply.text(lang, texts.text(lang, "guide.no-chat")) : choose(open, lang));
        }
        guide.answerIn(target.get().getId());
        desk.guideWrote(target.get().getId());
        events.publishEvent(new GuideWrote(target.get().getId(), target.get().getConversationId(), guide.getDisplayName(),
                chatOf(guide), messageId, text));
        return List.of();
    }

    Reply answerIn(Guide guide, long handoffId, String lang) {
        var chosen = desk.connectedTo(guide.getId()).stream().filter(h -> h.getId() == handoffId).findFirst();
        if (chosen.isEmpty()) {
            return Reply.text(lang, texts.text(lang, "guide.gone"));
        }
        guide.answerIn(handoffId);
        int pseudonym = conversations.findById(chosen.get().getConversationId()).orElseThrow().getPseudonym();
        return Reply.text(lang, texts.text(lang, "guide.answering", Map.of("pseudonym", pseudonym(pseudonym, lang))));
    }

    /** /end from the guide ends the chat they answer in. */
    Reply end(Guide guide, String lang) {
        List<Handoff> open = desk.connectedTo(guide.getId());
        var target = current(guide, open);
        if (target.isEmpty()) {
            return open.isEmpty() ? Reply.text(lang, texts.text(lang, "guide.no-chat")) : choose(open, lang);
        }
        desk.close(target.get(), Handoff.ClosedBy.GUIDE);
        guide.answerIn(null);
        return Reply.text(lang, texts.text(lang, "guide.ended"), List.of(List.of(
                new Button(texts.text(lang, "guide.propose"), GuideButtons.propose(target.get().getLang())))));
    }

    /** A guide who leaves gives their open chats back to the queue, each newcomer keeps their place. */
    void endAll(Guide guide) {
        desk.connectedTo(guide.getId()).forEach(desk::release);
    }

    Reply chats(Guide guide, String lang) {
        List<Handoff> open = desk.connectedTo(guide.getId());
        return open.isEmpty() ? Reply.text(lang, texts.text(lang, "guide.no-chat")) : choose(open, lang);
    }

    /** A newcomer wrote: the guide sees whose message it is before it, whenever that changes. */
    @EventListener
    void newcomerWrote(NewcomerWrote wrote) {
        guides.findById(wrote.guideId()).filter(g -> g.getTelegramUserId() != null).ifPresent(guide -> {
            String lang = guideLanguage(guide);
            if (!Long.valueOf(wrote.handoffId()).equals(guide.getActiveHandoffId()) || desk.connectedTo(guide.getId()).size() > 1) {
                deliveries.send(chatOf(guide), Reply.text(lang, texts.text(lang, "guide.from",
                        Map.of("pseudonym", pseudonym(wrote.pseudonym(), lang))), List.of(List.of(new Button(
                        texts.text(lang, "guide.answer-in", Map.of("pseudonym", pseudonym(wrote.pseudonym(), lang))),
                        GuideButtons.answerIn(wrote.handoffId()))))));
            }
            Optional<Posted> copy = wrote.messageId() == null ? Optional.empty()
                    : deliveries.copy(wrote.from(), wrote.messageId(), chatOf(guide));
            if (copy.isPresent()) {
                copies.record(wrote.handoffId(), wrote.from(), wrote.messageId(), chatOf(guide), copy.get(), RelayCopies.Kind.COPY);
            } else {
                deliveries.send(chatOf(guide), Reply.text(lang, wrote.text() == null ? texts.text(lang, "guide.media-not-shown")
                        : wrote.text()));
            }
        });
    }

    /** The newcomer ended the chat (or asked us to forget them): the guide is told, and it is gone. */
    @EventListener
    void closed(HandoffClosed closed) {
        if (closed.guideId() == null || closed.by() == Handoff.ClosedBy.GUIDE) {
            return;
        }
        guides.findById(closed.guideId()).filter(g -> g.getTelegramUserId() != null).ifPresent(guide -> {
            if (Long.valueOf(closed.handoffId()).equals(guide.getActiveHandoffId())) {
                guide.answerIn(null);
            }
            String lang = guideLanguage(guide);
            String key = closed.by() == Handoff.ClosedBy.TIMEOUT ? "guide.closed-quiet" : "guide.newcomer-ended";
            deliveries.send(chatOf(guide), Reply.text(lang, texts.text(lang, key)));
        });
    }

    /** The newcomer has waited for an answer for a while: one reminder, naming the chat. */
    void nudge(Guide guide, Handoff handoff) {
        String lang = guideLanguage(guide);
        int number = conversations.findById(handoff.getConversationId()).orElseThrow().getPseudonym();
        deliveries.send(chatOf(guide), Reply.text(lang, texts.text(lang, "guide.nudge", Map.of("pseudonym", pseudonym(number, lang))),
                List.of(List.of(new Button(texts.text(lang, "guide.answer-in", Map.of("pseudonym", pseudonym(number, lang))),
                        GuideButtons.answerIn(handoff.getId()))))));
    }

    /** No answer for too long: the chat goes to another guide; this one is told, kindly. */
    void reassign(Guide guide, Handoff handoff) {
        if (Long.valueOf(handoff.getId()).equals(guide.getActiveHandoffId())) {
            guide.answerIn(null);
        }
        String lang = guideLanguage(guide);
        int number = conversations.findById(handoff.getConversationId()).orElseThrow().getPseudonym();
        deliveries.send(chatOf(guide), Reply.text(lang, texts.text(lang, "guide.reassigned", Map.of("pseudonym", pseudonym(number, lang)))));
        desk.release(handoff);
    }

    /** The chat the guide answers in: the chosen one, or the only one. */
    private static java.util.Optional<Handoff> current(Guide guide, List<Handoff> open) {
        return open.stream().filter(h -> h.getId().equals(guide.getActiveHandoffId())).findFirst()
                .or(() -> open.size() == 1 ? open.stream().findFirst() : java.util.Optional.empty());
    }

    private Reply choose(List<Handoff> open, String lang) {
        var rows = new ArrayList<List<Button>>();
        for (Handoff handoff : open) {
            int pseudonym = conversations.findById(handoff.getConversationId()).orElseThrow().getPseudonym();
            rows.add(List.of(new Button(texts.text(lang, "guide.answer-in", Map.of("pseudonym", pseudonym(pseudonym, lang))),
                    GuideButtons.answerIn(handoff.getId()))));
        }
        return Reply.text(lang, texts.text(lang, "guide.choose-chat"), rows);
    }

    private String pseudonym(int number, String lang) {
        return texts.text(lang, "guide.pseudonym", Map.of("number", number));
    }

    String cityName(String city, String lang) {
        return city == null ? texts.text(lang, "city.region") : City.byId(city).map(City::displayName).orElse(city);
    }

    /** Guides read the bot in their Telegram app's language when we have it, else German. */
    String guideLanguage(Guide guide) {
        return guideLanguage(guide.getUiLang());
    }

    String guideLanguage(String appLanguage) {
        String primary = appLanguage == null ? null : ruhr.welcome.knowledge.language.Languages.primary(appLanguage);
        if (primary != null && texts.languages().contains(primary)) {
            return primary;
        }
        return texts.languages().contains("de") ? "de" : texts.languages().getFirst();
    }
}
