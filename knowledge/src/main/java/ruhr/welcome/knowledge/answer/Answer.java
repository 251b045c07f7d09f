package ruhr.welcome.knowledge.answer;

import java.util.List;

/**
 * What the bot should do with a question.
 *
 * @param decision   answer, ask back, or hand over
 * @param confidence confidence of the top candidate, 0..1 (0 when there is none)
 * @param candidates ranked candidates, best first (more than are offered, for the editors' view)
 * @param offered    how many of the first candidates to show: 1 for ANSWER, 1 to 3 for CLARIFY (one only
 *                   for a one- or two-word question that a single entry contains), 0 for NONE
 */
public record Answer(Decision decision, double confidence, List<Candidate> candidates, int offered) {
    public Answer {
        candidates = List.copyOf(candidates);
    }

    /** The candidates the bot offers the user. */
    public List<Candidate> offeredCandidates() {
        return candidates.subList(0, Math.min(offered, candidates.size()));
    }
}
