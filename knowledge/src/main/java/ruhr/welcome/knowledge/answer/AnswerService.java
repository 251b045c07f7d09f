package ruhr.welcome.knowledge.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import ruhr.welcome.knowledge.faq.FaqDocument;
import ruhr.welcome.knowledge.search.FaqIndex;
import ruhr.welcome.knowledge.search.SearchHit;

/** Decides, for a newcomer's question, between answering, asking back and handing over. */
public final class AnswerService {

    private final FaqIndex index;
    private final AnswerThresholds thresholds;

    public AnswerService(FaqIndex index) {
        this(index, AnswerThresholds.DEFAULTS);
    }

    public AnswerService(FaqIndex index, AnswerThresholds thresholds) {
        this.index = index;
        this.thresholds = thresholds;
    }

    public Answer answer(Question q) {
        List<SearchHit> hits = index.search(q.text(), q.lang(), q.city(), thresholds.maxCandidates());
        if (hits.isEmpty()) {
            return new Answer(Decision.NONE, 0, List.of(), 0);
        }
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < hits.size(); i++) {
            SearchHit h = hits.get(i);
            String answerLang = index.document(h.key()).map(d -> answerLanguage(d.texts(), q.lang())).orElse(null);
            candidates.add(new Candidate(h.key(), answerLang, ConfidenceModel.confidence(hits, i, index.size()), h.score(),
                    h.matchedLang(), h.matchedTerms()));
        }
        double top = candidates.getFirst().confidence();
        double second = candidates.size() > 1 ? candidates.get(1).confidence() : 0;
        if (top >= thresholds.answerMin() && top - second >= thresholds.answerMargin()) {
            return new Answer(Decision.ANSWER, top, candidates, 1);
        }
        // Ask back when two or three candidates are close to the top one and, together, likely hold
        // the answer (the confidences estimate exclusive events, so they add up).
        List<Candidate> close = candidates.stream().limit(3)
                .filter(c -> c.confidence() >= thresholds.clarifyRatio() * top).toList();
        double together = close.stream().mapToDouble(Candidate::confidence).sum();
        if (close.size() >= 2 && together >= thresholds.clarifyMin()) {
            return new Answer(Decision.CLARIFY, top, candidates, close.size());
        }
        Answer keyword = keywordQuestion(typedWords(q.text()), hits, candidates, top);
        if (keyword.decision() != Decision.NONE) {
            return keyword;
        }
        // not sure enough to answer, yet a likely entry: "is it this?" beats "I have nothing"
        if (top >= thresholds.suggestMin()) {
            return new Answer(Decision.CLARIFY, top, candidates, close.size());
        }
        // "where do I register": longer as typed, but only one or two words that search can use
        return keywordQuestion(index.typedTerms(q.text(), q.lang()).size(), hits, candidates, top);
    }

    private static long typedWords(String text) {
        return java.util.Arrays.stream(text.strip().split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isBlank()).count();
    }

    /**
     * A question of one or two words ("Kindergeld", "blue card") carries too little for a confident
     * answer, yet the entries that contain all its words are good guesses: offer them instead of
     * saying there is nothing. They come first among the candidates, in rank order.
     */
    private static Answer keywordQuestion(long words, List<SearchHit> hits, List<Candidate> candidates, double top) {
        if (words == 0 || words > 2) {
            return new Answer(Decision.NONE, top, candidates, 0);
        }
        List<Candidate> covering = new ArrayList<>();
        List<Candidate> rest = new ArrayList<>();
        for (int i = 0; i < hits.size(); i++) {
            (hits.get(i).coverage() >= 1.0 && covering.size() < 3 ? covering : rest).add(candidates.get(i));
        }
        if (covering.isEmpty()) {
            return new Answer(Decision.NONE, top, candidates, 0);
        }
        covering.addAll(rest);
        return new Answer(Decision.CLARIFY, top, covering, (int) Math.min(3, hits.stream().filter(h -> h.coverage() >= 1.0).count()));
    }

    static String answerLanguage(Map<String, FaqDocument.Text> texts, String asked) {
        return answerLanguage(texts.keySet(), asked);
    }

    /** The asked language if the entry has it, else a sibling (bs/hr/sr), else en, else de, else any. */
    public static String answerLanguage(java.util.Set<String> texts, String asked) {
        if (asked != null && texts.contains(asked)) {
            return asked;
        }
        List<String> bcs = List.of("bs", "hr", "sr");
        if (asked != null && bcs.contains(asked)) {
            for (String sibling : bcs) {
                if (texts.contains(sibling)) {
                    return sibling;
                }
            }
        }
        for (String fallback : List.of("en", "de")) {
            if (texts.contains(fallback)) {
                return fallback;
            }
        }
        return texts.stream().sorted().findFirst().orElse(null);
    }
}
