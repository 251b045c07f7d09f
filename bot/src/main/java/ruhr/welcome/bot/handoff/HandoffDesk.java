package ruhr.welcome.bot.handoff;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ruhr.welcome.knowledge.questions.QuestionLog;

/**
 * Where requests for a Welcome Guide are recorded. Matching and relaying build on these records;
 * a newcomer has at most one open request at a time.
 */
@Service
public class HandoffDesk {

    /** Whether the request is new or one was already waiting. */
    public enum Outcome { RECORDED, ALREADY_OPEN }

    private final HandoffRepository handoffs;
    private final QuestionLog questions;

    HandoffDesk(HandoffRepository handoffs, QuestionLog questions) {
        this.handoffs = handoffs;
        this.questions = questions;
    }

    @Transactional
    public Outcome request(long conversationId, String lang, String city, Long questionId) {
        if (questionId != null) {
            questions.handedToGuide(questionId);
        }
        if (!handoffs.findByConversationIdAndStateNot(conversationId, HandoffState.CLOSED).isEmpty()) {
            return Outcome.ALREADY_OPEN;
        }
        handoffs.save(new Handoff(conversationId, lang, city));
        return Outcome.RECORDED;
    }

    /** How often this conversation asked for a guide, for /mydata. */
    @Transactional(readOnly = true)
    public long requests(long conversationId) {
        return handoffs.countByConversationId(conversationId);
    }
}
