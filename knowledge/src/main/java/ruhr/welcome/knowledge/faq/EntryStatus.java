package ruhr.welcome.knowledge.faq;

/** Only published entries are answered; drafts are work in progress of the editors. */
public enum EntryStatus { DRAFT, PUBLISHED }
