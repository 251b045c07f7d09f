package ruhr.welcome.knowledge.answer;

/**
 * When to answer, ask back or hand over; settings-ready (bind from configuration as is).
 *
 * @param answerMin     minimum top confidence for a direct answer
 * @param answerMargin  minimum lead of the top confidence over the second for a direct answer
 * @param clarifyMin    minimum confidence of a candidate worth offering when asking back
 * @param maxCandidates how many ranked candidates to return
 */
public record AnswerThresholds(double answerMin, double answerMargin, double clarifyMin, int maxCandidates) {

    /** Chosen on the benchmark train split (FaqEvaluation --fit-confidence): precision 0.89 of direct
     * answers there, with room to spare for the 0.85 target on unseen questions.  */
    public static final AnswerThresholds DEFAULTS = new AnswerThresholds(0.55, 0.3, 0.2, 10);

    public AnswerThresholds {
        if (answerMin < 0 || answerMin > 1 || clarifyMin < 0 || clarifyMin > 1 || answerMargin < 0
                || maxCandidates < 3) {
            throw new IllegalArgumentException("invalid answer thresholds");
        }
    }
}
