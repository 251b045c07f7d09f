package ruhr.welcome.admin.gaps;

import java.time.Duration;
import java.time.Instant;
import java.sql.Timestamp;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import ruhr.welcome.admin.security.Role;
import ruhr.welcome.admin.security.StaffPrincipal;
import ruhr.welcome.knowledge.answer.AnswerService;
import ruhr.welcome.knowledge.answer.Candidate;
import ruhr.welcome.knowledge.answer.Question;
import ruhr.welcome.knowledge.questions.Feedback;
import ruhr.welcome.knowledge.questions.FaqProposals;
import ruhr.welcome.knowledge.questions.QuestionAsked;
import ruhr.welcome.knowledge.questions.QuestionLog;

/** Questions logged the way the bot logs them (the real answer service decides), at a chosen time. */
@Component
class GapFixtures {

    private final AnswerService answers;
    private final QuestionLog log;
    private final FaqProposals proposals;
    private final JdbcTemplate jdbc;

    GapFixtures(AnswerService answers, QuestionLog log, FaqProposals proposals, JdbcTemplate jdbc) {
        this.answers = answers;
        this.log = log;
        this.proposals = proposals;
        this.jdbc = jdbc;
    }

    static StaffPrincipal staff(Role role, String city) {
        return new StaffPrincipal(7, role.name().toLowerCase() + (city == null ? "" : "." + city), "Name " + role, role, city,
                "{noop}x", true, false);
    }

    void clear() {
        jdbc.update("delete from gap_resolution");
        jdbc.update("delete from question_log");
        jdbc.update("delete from faq_proposal");
    }

    /** Asks like a newcomer; returns the logged question's id. */
    long ask(String text, String lang, String city, Duration ago) {
        var answer = answers.answer(new Question(text, lang, city));
        var top = answer.candidates().stream().limit(5).toList();
        long id = log.record(new QuestionAsked("asker-" + text.hashCode(), "web", text, lang, 0.99,
                top.isEmpty() ? null : top.getFirst().answerLang(), city, answer.decision().name(), answer.confidence(),
                top.stream().map(Candidate::key).toList(), top.stream().map(Candidate::confidence).toList()));
        at(id, ago);
        return id;
    }

    /** Logs a question the bot answered with {@code entry}, then rated 👎 by the asker. */
    long answeredButNotHelpful(String text, String lang, String entry, Duration ago) {
        String asker = "asker-" + text.hashCode();
        long id = log.record(new QuestionAsked(asker, "telegram", text, lang, 0.99, lang, null, "ANSWER", 0.9,
                java.util.List.of(entry), java.util.List.of(0.9)));
        log.feedback(id, asker, Feedback.NOT_HELPFUL, null);
        at(id, ago);
        return id;
    }

    /** Logs a question the bot asked back about with {@code offered}, and the asker's tap on {@code chosen}. */
    long askedBackAndChosen(String text, String lang, java.util.List<String> offered, String chosen, Duration ago) {
        String asker = "asker-" + text.hashCode();
        long id = log.record(new QuestionAsked(asker, "web", text, lang, 0.99, lang, null, "CLARIFY", 0.4,
                offered, offered.stream().map(k -> 0.4).toList()));
        log.chosen(id, asker, chosen);
        at(id, ago);
        return id;
    }

    long propose(String lang, String question, String answer, String city) {
        return proposals.propose(lang, question, answer, "guide:1", city, null);
    }

    private void at(long id, Duration ago) {
        jdbc.update("update question_log set asked_at = ? where id = ?", Timestamp.from(Instant.now().minus(ago)), id);
    }
}
