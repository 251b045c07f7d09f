package ruhr.welcome.bot.handoff.figures;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import ruhr.welcome.bot.handoff.Handoff;
import ruhr.welcome.bot.handoff.HandoffDesk;

import static org.assertj.core.api.Assertions.assertThat;

/** The figures coordinators (and later the dashboard) read, on the real database. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class HandoffReportsTest {

    private static final ZoneId RUHR = ZoneId.of("Europe/Berlin");

    @Autowired
    HandoffReports reports;
    @Autowired
    HandoffDesk desk;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    ruhr.welcome.admin.figures.HandoffFigures dashboard;

    @BeforeEach
    void emptyLedger() {
        jdbc.update("delete from handoff_figure");
    }

    /** A request at a local time in the region, picked up after {@code pickupMinutes} (null: never). */
    private void figure(long id, String at, String lang, String city, Integer pickupMinutes, boolean closed, Integer rating) {
        var requested = LocalDateTime.parse(at).atZone(RUHR).toInstant();
        jdbc.update("""
                insert into handoff_figure (handoff_id, requested_at, lang, city, accepted_at, closed_at, closed_by, rating)
                values (?, ?, ?, ?, ?, ?, ?, ?)""", id, Timestamp.from(requested), lang, city,
                pickupMinutes == null ? null : Timestamp.from(requested.plus(Duration.ofMinutes(pickupMinutes))),
                closed ? Timestamp.from(requested.plus(Duration.ofHours(3))) : null, closed ? "GUIDE" : null, rating);
    }

    @Test
    void byMonthInTheRegionsTimeWithEmptyMonthsMedianPickupAndRatings() {
        figure(1, "2026-09-10T10:00", "ar", "essen", 10, true, 5);
        figure(2, "2026-09-20T10:00", "ar", null, 30, true, 2);
        figure(3, "2026-09-30T23:30", "uk", "essen", 20, false, null); // the last hour of September
        figure(4, "2026-10-01T00:30", "uk", "bochum", null, false, null); // October here, still September in UTC
        figure(5, "2026-12-05T12:00", "tr", "essen", 60, true, null);

        List<HandoffFigure> months = reports.figures(Breakdown.MONTH, FigureFilter.between(LocalDate.of(2026, 9, 1), LocalDate.of(2027, 1, 1)));

        assertThat(months).extracting(HandoffFigure::group).containsExactly("2026-09", "2026-10", "2026-11", "2026-12");
        HandoffFigure september = months.getFirst();
        assertThat(september.requests()).isEqualTo(3);
        assertThat(september.reachedGuide()).isEqualTo(3);
        assertThat(september.medianPickup()).isEqualTo(Duration.ofMinutes(20));
        assertThat(september.closed()).isEqualTo(2);
        assertThat(september.ratings()).isEqualTo(2);
        assertThat(september.averageRating()).isEqualTo(3.5);
        assertThat(september.reachedPercent()).isEqualTo(100);
        HandoffFigure october = months.get(1);
        assertThat(october.requests()).isEqualTo(1);
        assertThat(october.reachedGuide()).isZero();
        assertThat(october.medianPickup()).isNull();
        assertThat(october.averageRating()).isNull();
        assertThat(october.reachedPercent()).isZero();
        assertThat(months.get(2)).isEqualTo(HandoffFigure.empty("2026-11"));
        assertThat(months.get(3).medianPickup()).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void byLanguageCityAndWeekAndFilteredByLanguageOrCity() {
        figure(1, "2026-11-16T09:00", "ar", "essen", 5, true, 4);   // Monday of ISO week 47
        figure(2, "2026-11-22T20:00", "ar", null, null, false, null); // Sunday of week 47
        figure(3, "2026-11-23T09:00", "ru", "essen", 15, false, null); // week 48
        var november = FigureFilter.between(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 12, 1));

        assertThat(reports.figures(Breakdown.LANGUAGE, november)).extracting(HandoffFigure::group, HandoffFigure::requests)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ar", 2L), org.assertj.core.groups.Tuple.tuple("ru", 1L));
        assertThat(reports.figures(Breakdown.CITY, november)).extracting(HandoffFigure::group, HandoffFigure::requests)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("essen", 2L), org.assertj.core.groups.Tuple.tuple(HandoffFigure.REGION, 1L));
        var weeks = reports.figures(Breakdown.WEEK, FigureFilter.between(LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 30)));
        assertThat(weeks).extracting(HandoffFigure::group, HandoffFigure::requests)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("2026-W47", 2L), org.assertj.core.groups.Tuple.tuple("2026-W48", 1L));

        assertThat(reports.total(new FigureFilter(november.from(), november.until(), "ar", null)).requests()).isEqualTo(2);
        assertThat(reports.total(new FigureFilter(november.from(), november.until(), null, HandoffFigure.REGION)).requests()).isEqualTo(1);
        HandoffFigure essen = reports.total(new FigureFilter(november.from(), november.until(), null, "essen"));
        assertThat(essen.requests()).isEqualTo(2);
        assertThat(essen.medianPickup()).isEqualTo(Duration.ofMinutes(10));
        assertThat(reports.total(FigureFilter.between(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 2, 1))))
                .isEqualTo(HandoffFigure.empty(HandoffFigure.TOTAL));
    }

    @Test
    void everyStepOfARequestIsCountedAndTheFiguresStayWhenTheConversationIsDeleted() {
        long conversation = jdbc.queryForObject("""
                insert into conversation (channel, external_id, pseudonym, state, lang, asker_ref)
                values ('WEB', 'figures-chat', 4711, 'ACTIVE', 'fa', 'figures-asker') returning id""", Long.class);
        long guide = jdbc.queryForObject("""
                insert into guide (display_name, languages, setup_step) values ('Figures guide', '{fa}', 'READY') returning id""",
                Long.class);
        long withdrawn = tx.execute(s -> {
            Handoff h = desk.request(conversation, "fa", "hagen", "housing", null);
            desk.consent(h, false);
            return h.getId();
        });
        assertThat(jdbc.queryForObject("select count(*) from handoff_figure where handoff_id = ?", Integer.class, withdrawn))
                .as("a request withdrawn before it was complete is no request").isZero();

        long id = tx.execute(s -> {
            Handoff h = desk.request(conversation, "fa", "hagen", "housing", null);
            desk.consent(h, true);
            desk.note(h, "a personal note that never reaches the figures");
            return h.getId();
        });
        assertThat(desk.accept(id, guide, "Figures guide")).isEqualTo(HandoffDesk.Claim.WON);
        tx.executeWithoutResult(s -> desk.close(desk.find(id).orElseThrow(), Handoff.ClosedBy.GUIDE));
        tx.executeWithoutResult(s -> desk.rate(desk.find(id).orElseThrow(), 4));

        jdbc.update("delete from conversation where id = ?", conversation); // as /forget and the retention do
        assertThat(jdbc.queryForObject("select count(*) from handoff where id = ?", Integer.class, id)).isZero();

        var today = LocalDate.now(RUHR);
        HandoffFigure total = reports.total(new FigureFilter(today, today.plusDays(1), "fa", "hagen"));
        assertThat(total.requests()).isEqualTo(1);
        assertThat(total.reachedGuide()).isEqualTo(1);
        assertThat(total.closed()).isEqualTo(1);
        assertThat(total.ratings()).isEqualTo(1);
        assertThat(total.averageRating()).isEqualTo(4.0);
        assertThat(total.medianPickup()).isLessThan(Duration.ofMinutes(1));
        assertThat(jdbc.queryForObject("select topic || closed_by from handoff_figure where handoff_id = ?", String.class, id))
                .isEqualTo("housingGUIDE");
    }

    @Test
    void theDashboardGetsWeeksFromMondayWithMedianAndNinetiethPercentile() {
        LocalDate today = LocalDate.now(RUHR);
        LocalDate thisMonday = today.with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
        LocalDate lastMonday = thisMonday.minusWeeks(1);
        for (int i = 0; i < 10; i++) { // last week: pickups after 1 to 10 minutes, in Essen
            figure(10 + i, lastMonday.atTime(9, i).toString(), "ar", "essen", i + 1, false, null);
        }
        figure(30, thisMonday.atTime(0, 5).toString(), "tr", null, null, false, null);

        var weeks = dashboard.weekly(lastMonday.minusWeeks(2), RUHR, null);
        assertThat(weeks).extracting(ruhr.welcome.admin.figures.HandoffFigures.Week::start).containsExactly(lastMonday, thisMonday);
        var last = weeks.getFirst();
        assertThat(last.requested()).isEqualTo(10);
        assertThat(last.pickedUp()).isEqualTo(10);
        assertThat(last.medianPickup()).isEqualTo(Duration.ofSeconds(330));
        assertThat(last.p90Pickup()).isEqualTo(Duration.ofSeconds(546));
        assertThat(weeks.get(1).requested()).isEqualTo(1);
        assertThat(weeks.get(1).medianPickup()).isNull();
        assertThat(dashboard.weekly(lastMonday, RUHR, "essen")).hasSize(1);
        assertThat(HandoffReports.weekStart("2026-W01")).isEqualTo(LocalDate.of(2025, 12, 29));
    }
}
