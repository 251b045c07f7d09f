package ruhr.welcome.bot.conversation;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ruhr.welcome.bot.i18n.BotTexts;
import ruhr.welcome.knowledge.faq.City;
import ruhr.welcome.knowledge.faq.Topic;
import ruhr.welcome.knowledge.language.Languages;

/**
 * The conversation engine: one incoming message in, the replies out, in one transaction with the
 * conversation's state. Channels only translate to and from {@link IncomingMessage} and {@link Reply}.
 */
@Service
public class ConversationEngine {

    /** Longer texts are not questions; they are refused politely and change nothing. */
    public static final int MAX_QUESTION_LENGTH = 1000;

    private final ConversationRepository conversations;
    private final Menus menus;
    private final AnswerFlow answers;
    private final BrowseFlow browse;
    private final PrivacyFlow privacy;
    private final BotTexts texts;
    private final GuideRequestFlow guides;
    private final CrisisSignals crisis;

    ConversationEngine(ConversationRepository conversations, Menus menus, AnswerFlow answers, BrowseFlow browse,
                       PrivacyFlow privacy, BotTexts texts, GuideRequestFlow guides, CrisisSignals crisis) {
        this.guides = guides;
        this.crisis = crisis;
        this.conversations = conversations;
        this.menus = menus;
        this.answers = answers;
        this.browse = browse;
        this.privacy = privacy;
        this.texts = texts;
    }

    @Transactional
    public List<Reply> handle(IncomingMessage message) {
        Conversation conversation = conversations
                .findByChannelAndExternalId(message.chat().channel(), message.chat().externalId())
                .orElseGet(() -> start(message));
        conversation.touch();
        return switch (message.content()) {
            case Inbound.Command command -> command(conversation, command);
            case Inbound.Button button -> button(conversation, button.data());
            case Inbound.Text text -> text(conversation, message, text.text());
            case Inbound.Unsupported ignored -> guides.take(conversation, message)
                    .orElseGet(() -> List.of(menus.say(conversation, "error.unsupported-content", List.of())));
            // in a chat with a guide the guide's copy changes too; any other edit is not answered again
            case Inbound.Edited edited -> guides.edited(conversation, message, edited)
                    .orElseGet(() -> List.of(menus.say(conversation, "error.edited", List.of())));
        };
    }

    private Conversation start(IncomingMessage message) {
        String hint = message.clientLanguage() == null ? null : Languages.primary(message.clientLanguage());
        var conversation = new Conversation(message.chat(), conversations.nextPseudonym(), menus.ui(hint));
        return conversations.save(conversation);
    }

    private List<Reply> text(Conversation conversation, IncomingMessage message, String text) {
        String question = text.strip();
        var replies = new java.util.ArrayList<Reply>();
        if (crisis.suggestsCrisis(question)) {
            replies.add(menus.say(conversation, "crisis.help", List.of())); // first, whatever else happens
        }
        if (question.length() > MAX_QUESTION_LENGTH) {
            String lang = menus.ui(conversation.getLang());
            replies.add(Reply.text(lang, texts.text(lang, "error.too-long", Map.of("max", MAX_QUESTION_LENGTH))));
            return replies;
        }
        if (question.isEmpty()) {
            return List.of(menus.main(conversation));
        }
        replies.addAll(switch (conversation.getState()) {
            case AWAITING_FEEDBACK_COMMENT -> answers.comment(conversation, question);
            case CONFIRMING_FORGET -> List.of(privacy.keep(conversation));
            case AWAITING_RATING_COMMENT -> List.of(guides.ratingComment(conversation, question));
            // in a chat with a guide the guide answers; a note for the guide is not a question
            case ACTIVE -> guides.take(conversation, message).orElseGet(() -> answers.ask(conversation, message, question));
        });
        return replies;
    }

    private List<Reply> command(Conversation conversation, Inbound.Command command) {
        conversation.resetToActive();
        return switch (command.name()) {
            case "start" -> startCommand(conversation, command.argument());
            case "help" -> List.of(menus.say(conversation, "help.text", menus.mainButtons(conversation)));
            case "menu" -> List.of(menus.main(conversation));
            case "language" -> List.of(menus.languages(conversation));
            case "city" -> List.of(menus.cities(conversation));
            case "guide" -> List.of(guides.request(conversation, null));
            case "end" -> guides.end(conversation);
            case "privacy" -> List.of(privacy.privacy(conversation));
            case "mydata" -> List.of(privacy.myData(conversation));
            case "forget" -> List.of(privacy.confirmForget(conversation));
            default -> List.of(menus.say(conversation, "error.unknown-command", List.of()),
                    menus.say(conversation, "help.text", menus.mainButtons(conversation)));
        };
    }

    private List<Reply> button(Conversation conversation, String data) {
        var parsed = ButtonData.parse(data);
        if (parsed.isEmpty()) {
            conversation.resetToActive();
            return List.of(answers.stale(conversation));
        }
        var button = parsed.get();
        if (button.kind() == ButtonData.Kind.FORGET) {
            if (conversation.getState() != ConversationState.CONFIRMING_FORGET) {
                return List.of(answers.stale(conversation));
            }
            return List.of("y".equals(button.arg(0)) ? privacy.forget(conversation) : privacy.keep(conversation));
        }
        if (button.kind() == ButtonData.Kind.RATE_SKIP) {
            if (conversation.getState() == ConversationState.AWAITING_RATING_COMMENT) {
                conversation.ratingCommentDone();
            }
            return List.of(menus.main(conversation));
        }
        if (button.kind() == ButtonData.Kind.FEEDBACK_SKIP) {
            if (conversation.getState() != ConversationState.AWAITING_FEEDBACK_COMMENT) {
                return List.of(answers.stale(conversation));
            }
            conversation.feedbackCommentDone();
            return List.of(menus.main(conversation));
        }
        conversation.resetToActive();
        return switch (button.kind()) {
            case MENU -> menuItem(conversation, button.arg(0));
            case FEEDBACK -> answers.feedback(conversation, button.number(0), "u".equals(button.arg(1)));
            case CLARIFY -> answers.chooseOffered(conversation, button.number(0), Integer.parseInt(button.arg(1)));
            case NONE_OF_THESE -> answers.noneOfThese(conversation, button.number(0));
            case GUIDE -> List.of(guides.request(conversation, button.number(0) == 0 ? null : button.number(0)));
            case GUIDE_CONSENT -> List.of(guides.consent(conversation, "y".equals(button.arg(0))));
            case GUIDE_NOTE_SKIP -> List.of(guides.skipNote(conversation));
            case RATE -> List.of(guides.rate(conversation, button.number(0), Integer.parseInt(button.arg(1))));
            case LANGUAGE -> chooseLanguage(conversation, button.arg(0));
            case CITY -> chooseCity(conversation, button.arg(0));
            case AUDIENCE -> List.of(browse.topics(conversation, button.arg(0)));
            case TOPIC -> List.of(browse.entries(conversation, button.arg(0), button.arg(1), (int) button.number(2)));
            case ENTRY -> List.of(browse.entry(conversation, button.number(0)));
            case FORGET, FEEDBACK_SKIP, RATE_SKIP -> throw new IllegalStateException("handled above");
        };
    }

    private List<Reply> menuItem(Conversation conversation, String item) {
        return switch (item) {
            case "main" -> List.of(menus.main(conversation));
            case "ask" -> List.of(menus.say(conversation, "ask.prompt", List.of()));
            case "topics" -> List.of(browse.audiences(conversation));
            case "language" -> List.of(menus.languages(conversation));
            case "city" -> List.of(menus.cities(conversation));
            case "privacy" -> List.of(privacy.privacy(conversation));
            default -> List.of(answers.stale(conversation));
        };
    }

    private List<Reply> startCommand(Conversation conversation, String payload) {
        String topic = null;
        for (String part : payload == null ? new String[0] : payload.split("_")) {
            if (part.startsWith("lang-") && texts.languages().contains(part.substring(5))) {
                conversation.chooseLanguage(part.substring(5));
            } else if (part.startsWith("city-") && City.byId(part.substring(5)).isPresent()) {
                conversation.chooseCity(part.substring(5));
            } else if (part.startsWith("topic-") && Topic.byId(part.substring(6)).isPresent()) {
                topic = part.substring(6);
            }
        }
        String lang = menus.ui(conversation.getLang());
        String greeting = conversation.getCity() == null ? texts.text(lang, "start.greeting")
                : texts.text(lang, "start.greeting-city", Map.of("city", City.byId(conversation.getCity())
                        .map(City::displayName).orElseThrow()));
        var replies = new java.util.ArrayList<Reply>();
        replies.add(Reply.text(lang, greeting, menus.mainButtons(conversation)));
        if (topic != null) {
            replies.add(browse.entries(conversation, topic, "all", 0));
        }
        return replies;
    }

    private List<Reply> chooseLanguage(Conversation conversation, String lang) {
        if (!texts.languages().contains(lang)) {
            return List.of(answers.stale(conversation));
        }
        conversation.chooseLanguage(lang);
        return List.of(Reply.text(lang, texts.text(lang, "language.set", Map.of("language", BotTexts.autonym(lang))),
                menus.mainButtons(conversation)));
    }

    private List<Reply> chooseCity(Conversation conversation, String city) {
        if ("region".equals(city)) {
            conversation.chooseCity(null);
            return List.of(menus.say(conversation, "city.cleared", menus.mainButtons(conversation)));
        }
        var known = City.byId(city);
        if (known.isEmpty()) {
            return List.of(answers.stale(conversation));
        }
        conversation.chooseCity(city);
        String lang = menus.ui(conversation.getLang());
        return List.of(Reply.text(lang, texts.text(lang, "city.set", Map.of("city", known.get().displayName())),
                menus.mainButtons(conversation)));
    }
}
