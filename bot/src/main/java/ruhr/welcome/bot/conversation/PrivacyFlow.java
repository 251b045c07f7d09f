package ruhr.welcome.bot.conversation;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import ruhr.welcome.bot.handoff.Handoff;
import ruhr.welcome.bot.handoff.HandoffDesk;
import ruhr.welcome.bot.i18n.BotTexts;
import ruhr.welcome.knowledge.faq.AnswerMarkup;
import ruhr.welcome.knowledge.faq.AnswerMarkup.Span;
import ruhr.welcome.knowledge.faq.AnswerMarkup.Style;
import ruhr.welcome.knowledge.faq.City;
import ruhr.welcome.knowledge.questions.AskedQuestion;
import ruhr.welcome.knowledge.questions.QuestionLog;

/** /privacy, /mydata and /forget: people can see what we store about them and have it deleted. */
@Component
class PrivacyFlow {

    private static final ZoneId RUHR = ZoneId.of("Europe/Berlin");

    private final ConversationRepository conversations;
    private final QuestionLog questions;
    private final BotTexts texts;
    private final Menus menus;
    private final PrivacyProperties properties;
    private final HandoffDesk handoffs;
    private final ApplicationEventPublisher events;

    PrivacyFlow(ConversationRepository conversations, QuestionLog questions, BotTexts texts, Menus menus,
                PrivacyProperties properties, HandoffDesk handoffs, ApplicationEventPublisher events) {
        this.handoffs = handoffs;
        this.events = events;
        this.conversations = conversations;
        this.questions = questions;
        this.texts = texts;
        this.menus = menus;
        this.properties = properties;
    }

    Reply privacy(Conversation conversation) {
        String lang = menus.ui(conversation.getLang());
        return Reply.text(lang, texts.text(lang, "privacy.text", Map.of("days", properties.retention().toDays())),
                menus.mainButtons(conversation));
    }

    Reply myData(Conversation conversation) {
        String lang = menus.ui(conversation.getLang());
        List<AskedQuestion> asked = questions.byAsker(conversation.getAskerRef());
        var lines = new ArrayList<String>();
        lines.add(texts.text(lang, "mydata.language", Map.of("language", BotTexts.autonym(lang))));
        lines.add(conversation.getCity() == null ? texts.text(lang, "mydata.no-city")
                : texts.text(lang, "mydata.city", Map.of("city", City.byId(conversation.getCity())
                        .map(City::displayName).orElse(conversation.getCity()))));
        lines.add(texts.text(lang, "mydata.since", Map.of("date", Date.from(conversation.getCreatedAt()))));
        var blocks = new ArrayList<AnswerMarkup.Block>();
        blocks.add(AnswerMarkup.paragraph(texts.text(lang, "mydata.header"), Style.BOLD));
        blocks.add(AnswerMarkup.paragraph(String.join("\n", lines), Style.PLAIN));
        blocks.add(AnswerMarkup.paragraph(texts.text(lang, "mydata.questions", Map.of("count", asked.size())), Style.PLAIN));
        if (!asked.isEmpty()) {
            blocks.add(new AnswerMarkup.BulletList(asked.stream()
                    .map(q -> List.of(new Span(q.getAskedAt().atZone(RUHR).toLocalDate() + ": " + shorten(q.getQuestion()),
                            Style.PLAIN, null)))
                    .toList()));
        }
        blocks.add(AnswerMarkup.paragraph(texts.text(lang, "mydata.guide-requests",
                Map.of("count", handoffs.requests(conversation.getId()))), Style.PLAIN));
        blocks.add(AnswerMarkup.paragraph(texts.text(lang, "mydata.footer"), Style.PLAIN));
        return new Reply(lang, blocks, List.of());
    }

    Reply confirmForget(Conversation conversation) {
        conversation.askToConfirmForget();
        String lang = menus.ui(conversation.getLang());
        return menus.say(conversation, "forget.confirm", List.of(List.of(
                menus.button(lang, "forget.yes", ButtonData.forget(true)),
                menus.button(lang, "forget.no", ButtonData.forget(false)))));
    }

    /** Deletes the conversation, its messages and its logged questions at once. */
    Reply forget(Conversation conversation) {
        String lang = menus.ui(conversation.getLang());
        questions.forget(conversation.getAskerRef());
        // a guide in the middle of the chat is told it ended; the handoff goes with the conversation
        handoffs.open(conversation.getId()).ifPresent(open -> handoffs.close(open, Handoff.ClosedBy.NEWCOMER));
        conversations.delete(conversation);
        events.publishEvent(new ConversationForgotten(conversation.getChat()));
        return Reply.text(lang, texts.text(lang, "forget.done"));
    }

    Reply keep(Conversation conversation) {
        conversation.forgetCancelled();
        return menus.say(conversation, "forget.kept", menus.mainButtons(conversation));
    }

    private static String shorten(String question) {
        return question.length() <= 200 ? question : question.substring(0, 197) + "…";
    }
}
