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
            candidates.add(new Candidate(h.key(), answerLang, ConfidenceModel.confidence(hits, i), h.score(),
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
        return new Answer(Decision.NONE, top, candidates, 0);
    }

    /** The asked language if the entry has it, else a sibling (bs/hr/sr), else en, else de, else any. */
    static String answerLanguage(Map<String, FaqDocument.Text> texts, String asked) {
        if (asked != null && texts.containsKey(asked)) {
            return asked;
        }
        List<String> bcs = List.of("bs", "hr", "sr");
        if (asked != null && bcs.contains(asked)) {
            for (String sibling : bcs) {
                if (texts.containsKey(sibling)) {
                    return sibling;
                }
            }
        }
        for (String fallback : List.of("en", "de")) {
            if (texts.containsKey(fallback)) {
                return fallback;
            }
        }
        return texts.keySet().stream().sorted().findFirst().orElse(null);
    }
}
