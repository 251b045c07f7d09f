package ruhr.welcome.knowledge.search;

/**
 * How the evidence is weighed: each component's BM25 score times its weight, summed per entry
 * (score normalisation and reciprocal-rank fusion measured worse). Global constants chosen by
 * coordinate search on the benchmark's train split and checked on its dev split; never per query.
 *
 * @param question  own-language question and alternates
 * @param answer    own-language answer text
 * @param grams     own-language character grams of question and alternates (typos, compounds)
 * @param passage   best own-language answer passage (with the question as its heading)
 * @param proximity neighbouring query words close together in the own-language answer
 * @param crossLang every language's text, distinctive folded words only (names, numbers, loan words)
 * @param synonym   factor for terms a synonym rule added
 */
record RankingWeights(double question, double answer, double grams, double passage, double proximity,
                      double crossLang, double synonym) {

    static final RankingWeights DEFAULTS = new RankingWeights(0.6, 1.0, 0.05, 1.0, 0.3, 0.9, 0.5);
}
