package ruhr.welcome.bot.handoff.figures;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.springframework.stereotype.Component;

import ruhr.welcome.admin.figures.HandoffFigures;
import ruhr.welcome.admin.figures.HandoffFigures.Week;

/** The dashboard's weekly handoff figures ({@code /admin/figures}), from the same anonymous ledger. */
@Component
class DashboardHandoffFigures implements HandoffFigures {

    private final HandoffReports reports;

    DashboardHandoffFigures(HandoffReports reports) {
        this.reports = reports;
    }

    /** Weeks with requests from {@code from} until today; weeks are counted in the region's time. */
    @Override
    public List<Week> weekly(LocalDate from, ZoneId zone, String city) {
        if (!HandoffReports.RUHR.getRules().equals(zone.getRules())) {
            throw new IllegalArgumentException("handoff weeks are counted in the region's time, not " + zone);
        }
        LocalDate until = LocalDate.now(zone).plusDays(1);
        if (!from.isBefore(until)) {
            return List.of();
        }
        return reports.figures(Breakdown.WEEK, new FigureFilter(from, until, null, city)).stream()
                .filter(f -> f.requests() > 0)
                .map(f -> new Week(HandoffReports.weekStart(f.group()), (int) f.requests(), (int) f.reachedGuide(),
                        f.medianPickup(), f.p90Pickup()))
                .toList();
    }
}
