package ruhr.welcome.knowledge.questions;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The log of asked questions: feeds the editors' gaps inbox and the service's figures. */
@Service
public class QuestionLog {

    private final AskedQuestionRepository questions;

    QuestionLog(AskedQuestionRepository questions) {
        this.questions = questions;
    }

    /** Records a question; the id lets later feedback and handoffs refer to it. */
    @Transactional
    public long record(QuestionAsked asked) {
        return questions.save(new AskedQuestion(asked)).getId();
    }

    /** Feedback only counts from the person who asked: a forged id from someone else changes nothing. */
    @Transactional
    public boolean feedback(long questionId, String asker, Feedback feedback, String comment) {
        return questions.findById(questionId)
                .filter(q -> q.getAskerForCheck().equals(asker))
                .map(q -> {
                    q.giveFeedback(feedback, comment);
                    return true;
                })
                .orElse(false);
    }

    /** The asker chose an offered entry (only the asker, only an entry that was offered). */
    @Transactional
    public boolean chosen(long questionId, String asker, String entryKey) {
        return questions.findById(questionId)
                .filter(q -> q.getAskerForCheck().equals(asker))
                .map(q -> q.choose(entryKey))
                .orElse(false);
    }

    @Transactional
    public void handedToGuide(long questionId) {
        questions.findById(questionId).ifPresent(AskedQuestion::markHandedToGuide);
    }

    /** One question, only for the person who asked it: button data naming another's question finds nothing. */
    @Transactional(readOnly = true)
    public java.util.Optional<AskedQuestion> find(long questionId, String asker) {
        return questions.findById(questionId).filter(q -> q.getAskerForCheck().equals(asker));
    }

    /** Everything logged for one person, oldest first: what {@code /mydata} shows them. */
    @Transactional(readOnly = true)
    public List<AskedQuestion> byAsker(String asker) {
        return questions.findByAskerOrderByAskedAt(asker);
    }

    /** Deletes one person's questions ({@code /forget}); returns how many. */
    @Transactional
    public int forget(String asker) {
        return questions.deleteByAsker(asker);
    }
}
