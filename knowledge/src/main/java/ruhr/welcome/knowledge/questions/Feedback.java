package ruhr.welcome.knowledge.questions;

/** What the newcomer said about an answer: 👍 or 👎. */
public enum Feedback { HELPFUL, NOT_HELPFUL }
