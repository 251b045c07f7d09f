package ruhr.welcome.knowledge.questions;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.context.annotation.Import;

import ruhr.welcome.platform.database.EmbeddedPostgresAutoConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@ImportAutoConfiguration(EmbeddedPostgresAutoConfiguration.class)
@Import(QuestionLog.class)
class QuestionLogTest {

    @Autowired
    QuestionLog log;

    @Autowired
    TestEntityManager em;

    @Test
    void recordsAQuestionWithItsCandidatesAndLaterFeedback() {
        long id = log.record(asked("p-1", "wie lange dauert die blaue karte"));

        assertThat(log.feedback(id, "p-1", Feedback.NOT_HELPFUL, "  Es fehlte die Bearbeitungszeit  ")).isTrue();
        em.flush();
        em.clear();

        var stored = log.byAsker("p-1").getFirst();
        assertThat(stored.getDetectedLang()).isEqualTo("de");
        assertThat(stored.getTopEntryKeys()).containsExactly("residence-blue-card", "residence-extend-permit");
        assertThat(stored.getFeedback()).isEqualTo(Feedback.NOT_HELPFUL);
        assertThat(stored.getFeedbackComment()).isEqualTo("Es fehlte die Bearbeitungszeit");
    }

    @Test
    void feedbackFromSomeoneElseIsIgnored() {
        long id = log.record(asked("p-1", "blue card"));

        assertThat(log.feedback(id, "p-2", Feedback.HELPFUL, null)).isFalse();
        assertThat(log.feedback(id + 1000, "p-1", Feedback.HELPFUL, null)).isFalse();
        em.flush();
        em.clear();
        assertThat(log.byAsker("p-1").getFirst().getFeedback()).isNull();
    }

    @Test
    void theAskersChoiceAmongTheOfferedEntriesIsKeptAndNothingElse() {
        long id = log.record(asked("p-1", "blue card how long"));

        assertThat(log.chosen(id, "p-2", "residence-blue-card")).as("someone else's tap").isFalse();
        assertThat(log.chosen(id, "p-1", "housing-deposit")).as("an entry that was not offered").isFalse();
        assertThat(log.chosen(id, "p-1", "residence-extend-permit")).isTrue();
        em.flush();
        em.clear();

        assertThat(log.byAsker("p-1").getFirst().getChosenEntryKey()).isEqualTo("residence-extend-permit");
    }

    @Test
    void forgetDeletesOnlyThatPersonsQuestions() {
        log.record(asked("p-1", "one"));
        log.record(asked("p-1", "two"));
        log.record(asked("p-2", "three"));

        assertThat(log.forget("p-1")).isEqualTo(2);
        assertThat(log.byAsker("p-1")).isEmpty();
        assertThat(log.byAsker("p-2")).hasSize(1);
    }

    @Test
    void anOversizedQuestionIsKeptShortened() {
        log.record(asked("p-3", "x".repeat(10_000)));
        em.flush();
        em.clear();

        assertThat(log.byAsker("p-3").getFirst().getQuestion()).hasSize(AskedQuestion.MAX_TEXT);
    }

    private static QuestionAsked asked(String asker, String text) {
        return new QuestionAsked(asker, "telegram", text, "de", 0.98, "de", "dortmund", "CLARIFY", 0.55,
                List.of("residence-blue-card", "residence-extend-permit"), List.of(0.55, 0.41));
    }
}
