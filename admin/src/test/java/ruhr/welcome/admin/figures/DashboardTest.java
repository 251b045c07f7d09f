package ruhr.welcome.admin.figures;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.MessageSource;

import ruhr.welcome.knowledge.faq.PublishedFaq;
import ruhr.welcome.knowledge.questions.QuestionReports;

import static org.assertj.core.api.Assertions.assertThat;

/** With the bot module's handoff figures, the dashboard charts the time to a guide week by week. */
@SpringBootTest
@AutoConfigureMockMvc // the same application context as the page tests
class DashboardTest {

    @Autowired
    QuestionReports reports;
    @Autowired
    PublishedFaq faq;
    @Autowired
    MessageSource messages;

    @Test
    void handoffFiguresBecomeAChartOfMedianAndP90WithATable() {
        LocalDate today = LocalDate.of(2026, 11, 26); // a Thursday
        LocalDate thisMonday = LocalDate.of(2026, 11, 23);
        HandoffFigures figures = (from, zone, city) -> {
            assertThat(from).isEqualTo(thisMonday.minusWeeks(3));
            return List.of(new HandoffFigures.Week(thisMonday.minusWeeks(1), 4, 3, Duration.ofMinutes(12), Duration.ofMinutes(95)),
                    new HandoffFigures.Week(thisMonday, 2, 0, null, null));
        };
        var provider = new StaticListableBeanFactory(Map.of("handoffFigures", figures)).getBeanProvider(HandoffFigures.class);
        var dashboard = new Dashboard(reports, faq, provider, messages);

        var view = dashboard.view(4, null, today, Locale.ENGLISH);

        SvgChart chart = view.handoffs();
        assertThat(chart.description()).isEqualTo("In 4 weeks, 6 newcomers asked for a guide and 3 were taken by one. "
                + "Bars: median and 90th percentile of the time until a guide took the chat.");
        assertThat(chart.table().rows()).containsExactly(
                List.of("Nov 2", "0", "0", "–", "–"),
                List.of("Nov 9", "0", "0", "–", "–"),
                List.of("Nov 16", "4", "3", "12 min", "95 min"),
                List.of("Nov 23", "2", "0", "–", "–"));
        assertThat(chart.rects()).extracting(SvgChart.Rect::tooltip)
                .containsExactly("Nov 16 – median: 12", "Nov 16 – 90th percentile: 95");
        assertThat(view.headline().medianPickup()).isEqualTo(Duration.ofMinutes(12));
        assertThat(dashboard.duration(Locale.GERMAN, Duration.ofMinutes(150))).isEqualTo("2 Std. 30 Min.");
    }

    @Test
    void axisTopsAreRoundNumbersWithWholeSteps() {
        assertThat(Charts.niceCeiling(0)).isEqualTo(5);
        assertThat(Charts.niceCeiling(7)).isEqualTo(10);
        assertThat(Charts.niceCeiling(11)).isEqualTo(20);
        assertThat(Charts.niceCeiling(21)).isEqualTo(50);
        assertThat(Charts.niceCeiling(95)).isEqualTo(100);
        assertThat(Charts.niceCeiling(101)).isEqualTo(200);
    }
}
