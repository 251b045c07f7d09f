package ruhr.welcome.knowledge.answer;

/** What the bot does with a question. */
public enum Decision {
    /** One clear winner: answer it directly. */
    ANSWER,
    /** Two or three close candidates: ask which one is meant. */
    CLARIFY,
    /** Nothing fits well enough: say so and offer a Welcome Guide. */
    NONE
}
