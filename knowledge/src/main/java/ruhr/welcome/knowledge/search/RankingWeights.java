package ruhr.welcome.knowledge.search;

/**
 * How the evidence is weighed. Global constants chosen on the benchmark's train split and checked on
 * its dev split (see the eval command); never adjusted per query.
 *
 * @param question  own-language question and alternates
 * @param answer    own-language answer text
 * @param grams     own-language character grams of question and alternates (typos, compounds)
 * @param passage   best own-language answer passage (with the question as its heading)
 * @param proximity neighbouring query words close together in the own-language answer
 * @param crossLang every language's text, distinctive folded words only (names, numbers, loan words)
 * @param synonym   factor for terms a synonym rule added
 * @param fusion    how the components' scores are combined
 */
record RankingWeights(double question, double answer, double grams, double passage, double proximity, double crossLang,
                      double synonym, Fusion fusion) {

    enum Fusion { SUM, NORMALISED, RECIPROCAL_RANK }

    static RankingWeights defaults() {
        return new RankingWeights(
                prop("w.q", 1.0), prop("w.a", 1.0), prop("w.g", 0.05), prop("w.p", 1.0), prop("w.ph", 0.3), prop("w.x", 0.6),
                prop("w.syn", 0.5), Fusion.valueOf(System.getProperty("fusion", "SUM")));
    }

    // TEMPORARY during tuning: lets the dev eval try weights without rebuilding.
    private static double prop(String name, double fallback) {
        String v = System.getProperty(name);
        return v == null ? fallback : Double.parseDouble(v);
    }
}
