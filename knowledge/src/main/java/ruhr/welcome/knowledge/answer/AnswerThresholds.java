package ruhr.welcome.knowledge.answer;

/**
 * When to answer, ask back or hand over; settings-ready (bind from configuration as is).
 *
 * @param answerMin     minimum top confidence for a direct answer
 * @param answerMargin  minimum lead of the top confidence over the second for a direct answer
 * @param clarifyMin    minimum summed confidence of the offered candidates when asking back
 * @param clarifyRatio  a candidate is "close" when its confidence is at least this share of the top one
 * @param suggestMin    below a direct answer, a top candidate this likely is still offered to choose
 *                      (with any close ones) rather than saying there is nothing
 * @param maxCandidates how many ranked candidates to return
 */
public record AnswerThresholds(double answerMin, double answerMargin, double clarifyMin, double clarifyRatio,
                               double suggestMin, int maxCandidates) {

    /**
     * Chosen on the benchmark train split (FaqEvaluation --fit-confidence): precision 0.90 of direct
     * answers there, leaving some room for the 0.85 target on unseen questions.
     */
    public static final AnswerThresholds DEFAULTS = new AnswerThresholds(0.55, 0.3, 0.25, 0.33, 0.3, 10);

    public AnswerThresholds {
        if (answerMin < 0 || answerMin > 1 || clarifyMin < 0 || clarifyRatio < 0 || clarifyRatio > 1
                || answerMargin < 0 || suggestMin < 0 || suggestMin > 1 || maxCandidates < 3) {
            throw new IllegalArgumentException("invalid answer thresholds");
        }
    }
}
