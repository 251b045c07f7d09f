package ruhr.welcome.admin.ask;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;

import ruhr.welcome.knowledge.answer.Answer;
import ruhr.welcome.knowledge.answer.AnswerService;
import ruhr.welcome.knowledge.answer.Candidate;
import ruhr.welcome.knowledge.answer.Decision;
import ruhr.welcome.knowledge.answer.Question;
import ruhr.welcome.knowledge.faq.PublishedFaq;
import ruhr.welcome.knowledge.language.ConversationLanguage;
import ruhr.welcome.knowledge.language.LanguageDetector;
import ruhr.welcome.knowledge.language.LanguageGuess;

/**
 * Runs a question through the bot's own steps (language, search, decision) the way a new
 * conversation would, without recording it anywhere.
 */
@Service
class BotTrial {

    static final int MAX_QUESTION = 4096;
    static final int SHOWN_CANDIDATES = 5;
    static final int SHOWN_GUESSES = 4;

    /**
     * What the bot made of a question.
     *
     * @param guesses        the detector's candidates, most likely first
     * @param lang           the language the bot searches and answers in
     * @param langReason     why that language
     * @param langConfidence how sure the text alone is of it (what the question log would record)
     */
    record Result(List<LanguageGuess> guesses, String lang, ConversationLanguage.Reason langReason, double langConfidence,
                  Decision decision, double confidence, List<Row> candidates) {
    }

    /** One candidate entry; {@code offered} when the bot would show it to the newcomer. */
    record Row(int rank, String key, String question, String city, String answerLang, double confidence, double score,
               String matchedLang, List<String> matchedTerms, boolean offered) {
    }

    private final LanguageDetector detector;
    private final ConversationLanguage language;
    private final AnswerService answers;
    private final PublishedFaq faq;

    BotTrial(LanguageDetector detector, ConversationLanguage language, AnswerService answers, PublishedFaq faq) {
        this.detector = detector;
        this.language = language;
        this.answers = answers;
        this.faq = faq;
    }

    /** @param lang the language picked by the editor (as a newcomer's menu choice), null to detect it */
    Result ask(String text, String lang, String city) {
        List<LanguageGuess> guesses = detector.detect(text).stream().limit(SHOWN_GUESSES).toList();
        var decided = language.resolve(text, null, null, lang);
        Answer answer = answers.answer(new Question(text, decided.lang(), city));
        List<Row> rows = new ArrayList<>();
        List<Candidate> candidates = answer.candidates();
        for (int i = 0; i < Math.min(SHOWN_CANDIDATES, candidates.size()); i++) {
            Candidate c = candidates.get(i);
            var shown = faq.byKey(c.key());
            String question = shown.map(s -> s.texts().containsKey(c.answerLang()) ? s.texts().get(c.answerLang()).question()
                    : PublishedFaq.question(s, c.answerLang())).orElse(c.key());
            rows.add(new Row(i + 1, c.key(), question, shown.map(PublishedFaq.Shown::city).orElse(null), c.answerLang(),
                    c.confidence(), c.score(), c.matchedLang(), c.matchedTerms(), i < answer.offered()));
        }
        return new Result(guesses, decided.lang(), decided.reason(), Math.min(1.0, language.textConfidence(text, decided.lang())),
                answer.decision(), answer.confidence(), rows);
    }
}
