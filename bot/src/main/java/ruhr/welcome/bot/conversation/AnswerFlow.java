package ruhr.welcome.bot.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import ruhr.welcome.bot.conversation.Reply.Button;
import ruhr.welcome.bot.i18n.BotTexts;
import ruhr.welcome.knowledge.answer.Answer;
import ruhr.welcome.knowledge.answer.AnswerService;
import ruhr.welcome.knowledge.answer.Candidate;
import ruhr.welcome.knowledge.answer.Question;
import ruhr.welcome.knowledge.faq.AnswerMarkup;
import ruhr.welcome.knowledge.faq.AnswerMarkup.Block;
import ruhr.welcome.knowledge.faq.AnswerMarkup.Span;
import ruhr.welcome.knowledge.faq.AnswerMarkup.Style;
import ruhr.welcome.knowledge.faq.PublishedFaq;
import ruhr.welcome.knowledge.language.ConversationLanguage;
import ruhr.welcome.knowledge.questions.Feedback;
import ruhr.welcome.knowledge.questions.QuestionAsked;
import ruhr.welcome.knowledge.questions.QuestionLog;

/** A free-text question: answer it, offer the closest questions, or say honestly there is none. */
@Component
class AnswerFlow {

    private final AnswerService answers;
    private final PublishedFaq faq;
    private final QuestionLog log;
    private final ConversationLanguage language;
    private final BotTexts texts;
    private final Menus menus;
    private final SmallTalk smallTalk;

    AnswerFlow(AnswerService answers, PublishedFaq faq, QuestionLog log, ConversationLanguage language,
               BotTexts texts, Menus menus, SmallTalk smallTalk) {
        this.smallTalk = smallTalk;
        this.answers = answers;
        this.faq = faq;
        this.log = log;
        this.language = language;
        this.texts = texts;
        this.menus = menus;
    }

    List<Reply> ask(Conversation conversation, IncomingMessage message, String question) {
        var heard = smallTalk.hear(question);
        if (heard.isPresent()) {
            return List.of(smallTalk(conversation, heard.get()));
        }
        var decided = language.resolve(question, message.clientLanguage(), conversation.getLang(),
                conversation.isLangExplicit() ? conversation.getLang() : null);
        if (!conversation.isLangExplicit()) {
            conversation.detectedLanguage(menus.ui(decided.lang()));
        }
        String asked = decided.lang();
        Answer answer = answers.answer(new Question(question, asked, conversation.getCity()));
        var top = answer.candidates().stream().limit(5).toList();
        long questionId = log.record(new QuestionAsked(conversation.getAskerRef(), conversation.getChat().channel().name()
                .toLowerCase(), question, asked, Math.min(1.0, language.textConfidence(question, asked)), top.isEmpty() ? null : top.getFirst().answerLang(),
                conversation.getCity(), answer.decision().name(), answer.confidence(),
                top.stream().map(Candidate::key).toList(), top.stream().map(Candidate::confidence).toList()));
        return switch (answer.decision()) {
            case ANSWER -> List.of(answerReply(conversation, answer.candidates().getFirst(), questionId));
            case CLARIFY -> List.of(clarify(conversation, answer.offeredCandidates(), questionId));
            case NONE -> List.of(none(conversation, questionId));
        };
    }

    /**
     * "Hi", "danke", "ok", "👍": a friendly word and the menu, nothing searched or logged. A greeting
     * that only one language uses sets the language of a conversation that has had no answer yet;
     * after that, one-word replies never change it.
     */
    private Reply smallTalk(Conversation conversation, SmallTalk.Heard heard) {
        if (heard.lang() != null && !conversation.isLangExplicit() && conversation.getLastQuestionId() == null) {
            conversation.detectedLanguage(menus.ui(heard.lang()));
        }
        String key = switch (heard.kind()) {
            case GREETING -> "smalltalk.greeting";
            case THANKS -> "smalltalk.thanks";
            case NUDGE -> "smalltalk.nudge";
        };
        return menus.say(conversation, key, menus.mainButtons(conversation));
    }

    /** A tap on one of the offered questions: only the asker's own question counts. */
    List<Reply> chooseOffered(Conversation conversation, long questionId, int index) {
        var asked = log.find(questionId, conversation.getAskerRef());
        if (asked.isEmpty() || index >= asked.get().getTopEntryKeys().size()) {
            return List.of(stale(conversation));
        }
        String key = asked.get().getTopEntryKeys().get(index);
        log.chosen(questionId, conversation.getAskerRef(), key); // the editors' gaps inbox learns the wording
        return faq.byKey(key)
                .map(shown -> List.of(entryReply(conversation, shown, bestLanguage(shown, conversation), questionId)))
                .orElseGet(() -> List.of(stale(conversation)));
    }

    List<Reply> noneOfThese(Conversation conversation, long questionId) {
        return List.of(none(conversation, questionId));
    }

    List<Reply> feedback(Conversation conversation, long questionId, boolean helpful) {
        if (!log.feedback(questionId, conversation.getAskerRef(), helpful ? Feedback.HELPFUL : Feedback.NOT_HELPFUL, null)) {
            return List.of(stale(conversation));
        }
        if (helpful) {
            return List.of(menus.say(conversation, "feedback.thanks", List.of()));
        }
        conversation.askForFeedbackComment(questionId);
        String lang = menus.ui(conversation.getLang());
        return List.of(menus.say(conversation, "feedback.ask-missing", List.of(
                List.of(menus.button(lang, "feedback.skip", ButtonData.feedbackSkip()),
                        menus.button(lang, "answer.person", ButtonData.guide(questionId))))));
    }

    List<Reply> comment(Conversation conversation, String comment) {
        Long questionId = conversation.getLastQuestionId();
        conversation.feedbackCommentDone();
        if (questionId != null) {
            log.feedback(questionId, conversation.getAskerRef(), Feedback.NOT_HELPFUL, comment);
        }
        return List.of(menus.say(conversation, "feedback.comment-thanks", List.of()));
    }

    Reply entryReply(Conversation conversation, PublishedFaq.Shown shown, String answerLang, Long questionId) {
        String reader = menus.ui(conversation.getLang());
        var text = shown.texts().get(answerLang);
        var blocks = new ArrayList<Block>();
        if (!answerLang.equals(reader) && !answerLang.equals(conversation.getLang())) {
            blocks.add(AnswerMarkup.paragraph(texts.text(reader, "answer.other-language", Map.of(
                    "language", BotTexts.languageName(conversation.getLang() == null ? reader : conversation.getLang(), reader),
                    "answerLanguage", BotTexts.languageName(answerLang, reader))), Style.PLAIN));
        }
        blocks.add(AnswerMarkup.paragraph(text.question(), Style.BOLD));
        blocks.addAll(AnswerMarkup.parse(text.answer()));
        if (!text.links().isEmpty()) {
            blocks.add(AnswerMarkup.paragraph(texts.text(reader, "answer.links"), Style.PLAIN));
            blocks.add(new AnswerMarkup.BulletList(text.links().stream()
                    .map(l -> List.of(new Span(l.getTitle(), Style.PLAIN, l.getUrl()))).toList()));
        }
        var buttons = new ArrayList<List<Button>>();
        if (questionId != null) {
            conversation.answered(questionId);
            buttons.add(List.of(menus.button(reader, "answer.helpful", ButtonData.feedback(questionId, true)),
                    menus.button(reader, "answer.not-helpful", ButtonData.feedback(questionId, false))));
        }
        buttons.add(List.of(menus.button(reader, "answer.person", ButtonData.guide(questionId == null ? 0 : questionId))));
        return new Reply(answerLang, blocks, buttons);
    }

    private Reply answerReply(Conversation conversation, Candidate candidate, long questionId) {
        return faq.byKey(candidate.key())
                .map(shown -> entryReply(conversation, shown, candidate.answerLang(), questionId))
                .orElseGet(() -> none(conversation, questionId));
    }

    private Reply clarify(Conversation conversation, List<Candidate> offered, long questionId) {
        String reader = menus.ui(conversation.getLang());
        var rows = new ArrayList<List<Button>>();
        for (int i = 0; i < offered.size(); i++) {
            var candidate = offered.get(i);
            var shown = faq.byKey(candidate.key());
            if (shown.isPresent()) {
                String label = shown.get().texts().get(candidate.answerLang()).question();
                rows.add(List.of(new Button(Menus.label(label), ButtonData.clarify(questionId, i))));
            }
        }
        // one likely entry is asked about as such ("Do you mean this question?"), several as a choice
        boolean one = rows.size() == 1;
        rows.add(List.of(menus.button(reader, one ? "clarify.none-one" : "clarify.none", ButtonData.noneOfThese(questionId))));
        return menus.say(conversation, one ? "clarify.prompt-one" : "clarify.prompt", rows);
    }

    private Reply none(Conversation conversation, long questionId) {
        String reader = menus.ui(conversation.getLang());
        return menus.say(conversation, "none.text",
                List.of(List.of(menus.button(reader, "none.offer", ButtonData.guide(questionId)))));
    }

    Reply stale(Conversation conversation) {
        return menus.say(conversation, "error.stale-button", menus.mainButtons(conversation));
    }

    /** The reader's language if the entry has it, else the same fallbacks a search answer uses. */
    String bestLanguage(PublishedFaq.Shown shown, Conversation conversation) {
        return AnswerService.answerLanguage(shown.texts().keySet(), conversation.getLang());
    }

}
