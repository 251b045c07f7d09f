package ruhr.welcome.admin.api;

import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import ruhr.welcome.knowledge.answer.AnswerService;
import ruhr.welcome.knowledge.answer.Question;
import ruhr.welcome.knowledge.faq.City;
import ruhr.welcome.knowledge.faq.PublishedFaq;
import ruhr.welcome.knowledge.language.ConversationLanguage;
import ruhr.welcome.knowledge.language.LanguageDetector;
import ruhr.welcome.knowledge.language.LanguageGuess;
import ruhr.welcome.knowledge.language.Languages;

/**
 * What the bot would do with a question: the same language detection, search and decision as in
 * the chats (published entries only). Nothing is written to the question log.
 */
@RestController
@Tag(name = "search", description = "Ask the bot's search without being a newcomer")
class SearchApi {

    static final int MAX_QUERY = 1000;

    /** The language searched in, and where it came from ({@code given} or {@code detected}). */
    record SearchLanguage(String lang, String source, List<LanguageGuess> detected) {
    }

    /**
     * @param offered   whether the bot would show this candidate (the answer, or one of the choices)
     * @param question  the entry's question in {@code answerLang}
     */
    record SearchCandidate(String key, String question, String answerLang, double confidence, double score,
                           String matchedLang, List<String> matchedTerms, boolean offered) {
    }

    /** @param decision {@code ANSWER}, {@code CLARIFY} (ask which one) or {@code NONE} (offer a guide) */
    record SearchResult(String query, String city, SearchLanguage language, String decision, double confidence,
                        List<SearchCandidate> candidates) {
    }

    private final AnswerService answers;
    private final LanguageDetector detector;
    private final ConversationLanguage conversationLanguage;
    private final PublishedFaq faq;

    SearchApi(AnswerService answers, LanguageDetector detector, ConversationLanguage conversationLanguage, PublishedFaq faq) {
        this.answers = answers;
        this.detector = detector;
        this.conversationLanguage = conversationLanguage;
        this.faq = faq;
    }

    @GetMapping(ApiSecurity.BASE + "/search")
    @Operation(summary = "Search as the bot does", description = "Candidates with confidences and scores, and the decision the bot would take.")
    SearchResult search(@Parameter(description = "the question, as a newcomer would type it") @RequestParam String q,
                        @Parameter(description = "language code; detected from the question when omitted") @RequestParam(required = false) String lang,
                        @Parameter(description = "city id of the asker; regional entries only when omitted") @RequestParam(required = false) String city) {
        var errors = new ArrayList<Problems.FieldProblem>();
        if (q.isBlank() || q.length() > MAX_QUERY) {
            errors.add(new Problems.FieldProblem("q", "must be 1 to " + MAX_QUERY + " characters"));
        }
        if (lang != null && !Languages.SUPPORTED.contains(lang)) {
            errors.add(new Problems.FieldProblem("lang", "not a supported language code"));
        }
        if (city != null && City.byId(city).isEmpty()) {
            errors.add(new Problems.FieldProblem("city", "unknown city"));
        }
        if (!errors.isEmpty()) {
            throw new ApiErrors.InvalidInput("The search cannot run with these values.", errors);
        }
        var detected = detector.detect(q).stream().limit(3).toList();
        var language = lang != null ? new SearchLanguage(lang, "given", detected)
                : new SearchLanguage(conversationLanguage.resolve(q, null, null, null).lang(), "detected", detected);
        var answer = answers.answer(new Question(q, language.lang(), city));
        var candidates = new ArrayList<SearchCandidate>();
        for (int i = 0; i < answer.candidates().size(); i++) {
            var c = answer.candidates().get(i);
            String question = faq.byKey(c.key()).map(shown -> PublishedFaq.question(shown, c.answerLang())).orElse(null);
            candidates.add(new SearchCandidate(c.key(), question, c.answerLang(), c.confidence(), c.score(), c.matchedLang(),
                    c.matchedTerms(), i < answer.offered()));
        }
        return new SearchResult(q, city, language, answer.decision().name(), answer.confidence(), candidates);
    }
}
