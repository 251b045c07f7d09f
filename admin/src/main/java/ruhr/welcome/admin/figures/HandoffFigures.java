package ruhr.welcome.admin.figures;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * Weekly figures of the handoffs to Welcome Guides, for the dashboard. The handoffs live in the bot
 * module, which implements this as a bean; without one the dashboard says there is no handoff data.
 */
public interface HandoffFigures {

    /**
     * The handoffs requested in each week since {@code from}, oldest first; weeks without any may be left out.
     *
     * @param from a Monday: the first week
     * @param zone where weeks start (Monday 00:00 there)
     * @param city null for the whole region, else only handoffs of newcomers in that city
     */
    List<Week> weekly(LocalDate from, ZoneId zone, String city);

    /**
     * One week of handoffs.
     *
     * @param start        the Monday the week starts
     * @param requested    handoffs requested in the week
     * @param pickedUp     how many of them a guide accepted (at any time since)
     * @param medianPickup median time from the request to a guide's acceptance, null when none was accepted
     * @param p90Pickup    90th percentile of that time, null when none was accepted
     */
    record Week(LocalDate start, int requested, int pickedUp, Duration medianPickup, Duration p90Pickup) {
    }
}
