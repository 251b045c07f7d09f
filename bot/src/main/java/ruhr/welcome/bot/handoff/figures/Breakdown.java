package ruhr.welcome.bot.handoff.figures;

/** How figures are grouped. Months and weeks are in the region's local time; weeks are ISO weeks. */
public enum Breakdown {
    MONTH, WEEK, LANGUAGE, CITY
}
