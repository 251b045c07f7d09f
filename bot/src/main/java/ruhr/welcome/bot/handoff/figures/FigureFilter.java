package ruhr.welcome.bot.handoff.figures;

import java.time.LocalDate;

/**
 * Which requests count: requested on a day from {@code from} (inclusive) to {@code until}
 * (exclusive), in the region's local time; optionally only one language and one city.
 *
 * @param lang a language code, or null for all
 * @param city a city id, {@link HandoffFigure#REGION} for requests without a city, or null for all
 */
public record FigureFilter(LocalDate from, LocalDate until, String lang, String city) {

    public FigureFilter {
        if (from == null || until == null || !from.isBefore(until)) {
            throw new IllegalArgumentException("a period starts before it ends");
        }
    }

    public static FigureFilter between(LocalDate from, LocalDate until) {
        return new FigureFilter(from, until, null, null);
    }
}
