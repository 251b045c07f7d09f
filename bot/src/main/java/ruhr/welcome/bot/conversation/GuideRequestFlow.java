package ruhr.welcome.bot.conversation;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import ruhr.welcome.bot.handoff.Handoff;
import ruhr.welcome.bot.handoff.HandoffDesk;
import ruhr.welcome.bot.handoff.HandoffEvents.NewcomerEdited;
import ruhr.welcome.bot.handoff.HandoffEvents.NewcomerWrote;
import ruhr.welcome.bot.handoff.HandoffState;
import ruhr.welcome.bot.handoff.RelayCopies;
import ruhr.welcome.bot.i18n.BotTexts;
import ruhr.welcome.knowledge.faq.PublishedFaq;
import ruhr.welcome.knowledge.questions.AskedQuestion;
import ruhr.welcome.knowledge.questions.QuestionLog;

/**
 * The newcomer's side of asking for a Welcome Guide: who will read along and consent, an optional
 * note, waiting, the connected chat (messages go to the guide), /end and a rating.
 */
@Component
class GuideRequestFlow {

    private final HandoffDesk desk;
    private final Menus menus;
    private final BotTexts texts;
    private final ApplicationEventPublisher events;
    private final RelayCopies copies;
    private final QuestionLog questions;
    private final PublishedFaq faq;

    GuideRequestFlow(HandoffDesk desk, Menus menus, BotTexts texts, ApplicationEventPublisher events, RelayCopies copies,
                     QuestionLog questions, PublishedFaq faq) {
        this.desk = desk;
        this.menus = menus;
        this.texts = texts;
        this.events = events;
        this.copies = copies;
        this.questions = questions;
        this.faq = faq;
    }

    /** /guide or a "talk to a person" button: starts a request or says where the open one stands. */
    Reply request(Conversation conversation, Long questionId) {
        String lang = menus.ui(conversation.getLang());
        Handoff handoff = desk.request(conversation.getId(), lang, conversation.getCity(), topic(conversation, questionId),
                questionId);
        return switch (handoff.getState()) {
            case AWAITING_CONSENT -> consentQuestion(conversation);
            case AWAITING_NOTE -> notePrompt(conversation);
            case WAITING -> Reply.text(lang, texts.text(lang, "handoff.position", Map.of("position", desk.position(handoff))));
            case CONNECTED -> Reply.text(lang, texts.text(lang, "handoff.still-connected"));
            case CLOSED -> throw new IllegalStateException("a new request is never closed");
        };
    }

    /**
     * The request's topic, prefilled from the question it follows (or the last one asked): the topic
     * of the entry the bot answered or offered first. Nothing when the bot found nothing, as its best
     * guess would then mislead the matching more than help it.
     */
    private String topic(Conversation conversation, Long questionId) {
        Long asked = questionId != null ? questionId : conversation.getLastQuestionId();
        if (asked == null) {
            return null;
        }
        return questions.find(asked, conversation.getAskerRef())
                .filter(question -> !"NONE".equals(question.getDecision()) && !question.getTopEntryKeys().isEmpty())
                .map(AskedQuestion::getTopEntryKeys).map(List::getFirst)
                .flatMap(faq::byKey)
                // "advice" says where to turn, not what it is about: any other topic of the entry says more
                .flatMap(entry -> entry.topics().stream()
                        .sorted(Comparator.comparing((String topic) -> topic.equals("advice")).thenComparing(Comparator.naturalOrder()))
                        .findFirst())
                .orElse(null);
    }

    Reply consent(Conversation conversation, boolean agreed) {
        var open = desk.open(conversation.getId()).filter(h -> h.getState() == HandoffState.AWAITING_CONSENT);
        if (open.isEmpty()) {
            return menus.say(conversation, "error.stale-button", menus.mainButtons(conversation));
        }
        desk.consent(open.get(), agreed);
        return agreed ? notePrompt(conversation) : menus.say(conversation, "handoff.cancelled", menus.mainButtons(conversation));
    }

    /** "Skip" on the note prompt: the request is complete without a note. */
    Reply skipNote(Conversation conversation) {
        return desk.open(conversation.getId()).filter(h -> h.getState() == HandoffState.AWAITING_NOTE)
                .map(open -> note(conversation, open, null))
                .orElseGet(() -> menus.say(conversation, "error.stale-button", menus.mainButtons(conversation)));
    }

    /**
     * A message the newcomer sent while a request is open, with one look at it: in a connected chat
     * it goes to the guide (no reply from the bot), while a note is awaited it is the note. Empty
     * when the message is for the bot as usual.
     */
    Optional<List<Reply>> take(Conversation conversation, IncomingMessage message) {
        var open = desk.open(conversation.getId());
        if (open.isEmpty()) {
            return Optional.empty();
        }
        Handoff handoff = open.get();
        return switch (handoff.getState()) {
            case CONNECTED -> {
                String text = message.content() instanceof Inbound.Text t ? t.text() : null;
                desk.newcomerWrote(handoff.getId());
                events.publishEvent(new NewcomerWrote(handoff.getId(), handoff.getGuideId(), conversation.getPseudonym(),
                        message.chat(), message.channelMessageId(), text));
                yield Optional.of(List.of());
            }
            case AWAITING_NOTE -> message.content() instanceof Inbound.Text t
                    ? Optional.of(List.of(note(conversation, handoff, t.text().strip()))) : Optional.empty();
            default -> Optional.empty();
        };
    }

    /**
     * The newcomer edited a message: one the guide of their connected chat has a copy of changes
     * there too (no reply from the bot). Empty when the message never reached the guide.
     */
    Optional<List<Reply>> edited(Conversation conversation, IncomingMessage message, Inbound.Edited edit) {
        if (message.channelMessageId() == null) {
            return Optional.empty();
        }
        var connected = desk.open(conversation.getId()).filter(h -> h.getState() == HandoffState.CONNECTED);
        if (connected.isEmpty()) {
            return Optional.empty();
        }
        var copied = copies.of(message.chat(), message.channelMessageId()).stream()
                .filter(copy -> copy.handoffId() == connected.get().getId()).toList();
        if (copied.isEmpty()) {
            return Optional.empty();
        }
        events.publishEvent(new NewcomerEdited(connected.get().getId(), connected.get().getGuideId(), copied, edit.text(),
                edit.media()));
        return Optional.of(List.of());
    }

    /** The note (or null) completes the request; matching starts after commit. */
    private Reply note(Conversation conversation, Handoff handoff, String note) {
        desk.note(handoff, note);
        String lang = menus.ui(conversation.getLang());
        return Reply.text(lang, texts.text(lang, "handoff.searching",
                Map.of("language", BotTexts.languageName(handoff.getLang(), lang))));
    }

    /** /end from the newcomer. */
    List<Reply> end(Conversation conversation) {
        var open = desk.open(conversation.getId());
        if (open.isEmpty()) {
            return List.of(menus.say(conversation, "handoff.nothing-to-end", menus.mainButtons(conversation)));
        }
        boolean hadGuide = open.get().getState() == HandoffState.CONNECTED;
        desk.close(open.get(), hadGuide ? Handoff.ClosedBy.NEWCOMER : Handoff.ClosedBy.WITHDRAWN);
        return hadGuide ? List.of(ratingQuestion(conversation, open.get().getId()))
                : List.of(menus.say(conversation, "handoff.cancelled", menus.mainButtons(conversation)));
    }

    Reply ratingQuestion(Conversation conversation, long handoffId) {
        String lang = menus.ui(conversation.getLang());
        var stars = java.util.stream.IntStream.rangeClosed(1, 5)
                .mapToObj(n -> new Reply.Button(n + " ⭐", ButtonData.rate(handoffId, n))).toList();
        return Reply.text(lang, texts.text(lang, "handoff.rate"),
                List.of(stars, List.of(menus.button(lang, "feedback.skip", ButtonData.rateSkip()))));
    }

    Reply rate(Conversation conversation, long handoffId, int stars) {
        var last = desk.lastClosedWithGuide(conversation.getId()).filter(h -> h.getId() == handoffId && h.getRating() == null);
        if (last.isEmpty()) {
            return menus.say(conversation, "error.stale-button", menus.mainButtons(conversation));
        }
        desk.rate(last.get(), stars);
        conversation.askForRatingComment();
        String lang = menus.ui(conversation.getLang());
        return Reply.text(lang, texts.text(lang, "handoff.rating-thanks"),
                List.of(List.of(menus.button(lang, "feedback.skip", ButtonData.rateSkip()))));
    }

    Reply ratingComment(Conversation conversation, String comment) {
        conversation.ratingCommentDone();
        desk.lastClosedWithGuide(conversation.getId()).filter(h -> h.getRating() != null)
                .ifPresent(h -> desk.ratingComment(h, comment));
        return menus.say(conversation, "feedback.comment-thanks", menus.mainButtons(conversation));
    }

    private Reply consentQuestion(Conversation conversation) {
        String lang = menus.ui(conversation.getLang());
        return Reply.text(lang, texts.text(lang, "handoff.consent", Map.of("language", BotTexts.languageName(lang, lang))),
                List.of(List.of(menus.button(lang, "handoff.agree", ButtonData.guideConsent(true)),
                        menus.button(lang, "handoff.decline", ButtonData.guideConsent(false)))));
    }

    private Reply notePrompt(Conversation conversation) {
        String lang = menus.ui(conversation.getLang());
        return Reply.text(lang, texts.text(lang, "handoff.note"),
                List.of(List.of(menus.button(lang, "feedback.skip", ButtonData.guideNoteSkip()))));
    }
}
