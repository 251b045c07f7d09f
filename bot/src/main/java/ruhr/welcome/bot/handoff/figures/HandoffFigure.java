package ruhr.welcome.bot.handoff.figures;

import java.time.Duration;

/**
 * The figures of one group of requests (a month, an ISO week, a language or a city).
 *
 * @param group        {@code 2026-11} for a month, {@code 2026-W47} for a week, a language code, a
 *                     city id or {@link #REGION} for requests without a city, {@link #TOTAL} for all
 * @param requests     complete requests (the newcomer agreed and the request waited for a guide)
 * @param reachedGuide of those, how many a guide took
 * @param medianPickup median time from request to the first guide taking it; null when none was taken
 * @param p90Pickup    90th percentile of that time; null when none was taken
 * @param closed       of the requests, how many have ended (by either side, withdrawn or timed out)
 * @param ratings      how many chats the newcomer rated
 * @param averageRating average stars (1 to 5); null without ratings
 */
public record HandoffFigure(String group, long requests, long reachedGuide, Duration medianPickup, Duration p90Pickup,
                            long closed, long ratings, Double averageRating) {

    public static final String REGION = "region";
    public static final String TOTAL = "total";

    static HandoffFigure empty(String group) {
        return new HandoffFigure(group, 0, 0, null, null, 0, 0, null);
    }

    /** The share of requests that reached a guide, in whole percent; null without requests. */
    public Integer reachedPercent() {
        return requests == 0 ? null : (int) Math.round(100.0 * reachedGuide / requests);
    }
}
