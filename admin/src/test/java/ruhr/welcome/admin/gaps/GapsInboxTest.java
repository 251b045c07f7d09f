package ruhr.welcome.admin.gaps;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

import ruhr.welcome.admin.gaps.GapGroup.Trend;
import ruhr.welcome.admin.gaps.GapItem.Reason;
import ruhr.welcome.admin.security.Role;
import ruhr.welcome.admin.security.StaffPrincipal;

import static org.assertj.core.api.Assertions.assertThat;

/** The inbox on the real database and the real search index with the starter FAQ. */
@SpringBootTest
@AutoConfigureMockMvc // the same application context as the page tests
class GapsInboxTest {

    private static final StaffPrincipal EDITOR = GapFixtures.staff(Role.EDITOR, null);
    private static final Duration HOUR = Duration.ofHours(1);

    @Autowired
    GapsInbox inbox;
    @Autowired
    GapActions actions;
    @Autowired
    GapFixtures fixtures;

    @BeforeEach
    void emptyLog() {
        fixtures.clear();
    }

    private List<GapGroup> groups() {
        return inbox.inbox(EDITOR, GapsInbox.Order.NEWEST, "en", Instant.now()).groups();
    }

    private static List<String> texts(GapGroup group) {
        return group.items().stream().map(GapItem::text).toList();
    }

    private GapGroup groupOf(String text) {
        return groups().stream().filter(g -> texts(g).contains(text)).findFirst().orElseThrow();
    }

    @Test
    void theSameUnansweredQuestionInGermanEnglishAndRussianIsOneGroup() {
        fixtures.ask("Wie beantrage ich Bürgergeld?", "de", null, HOUR);
        fixtures.ask("How do I apply for Bürgergeld?", "en", null, HOUR.multipliedBy(2));
        fixtures.ask("Как получить Bürgergeld?", "ru", null, HOUR.multipliedBy(3));
        fixtures.ask("Darf ich meinen Hund nach Deutschland mitbringen?", "de", null, HOUR.multipliedBy(4));

        GapGroup buergergeld = groupOf("How do I apply for Bürgergeld?");
        assertThat(texts(buergergeld)).containsExactlyInAnyOrder(
                "Wie beantrage ich Bürgergeld?", "How do I apply for Bürgergeld?", "Как получить Bürgergeld?");
        assertThat(buergergeld.languages()).containsEntry("de", 1).containsEntry("en", 1).containsEntry("ru", 1);
        assertThat(texts(groupOf("Darf ich meinen Hund nach Deutschland mitbringen?"))).hasSize(1);
    }

    @Test
    void paraphrasesInOneLanguageGroupAndACityNameAloneDoesNot() {
        fixtures.ask("Wo finde ich einen Kinderarzt in Bottrop?", "de", "bottrop", HOUR);
        fixtures.ask("Kinderärzte in Bottrop gesucht", "de", "bottrop", HOUR.multipliedBy(2));
        fixtures.ask("Wann hat der Schwimmverein in Bottrop Training?", "de", "bottrop", HOUR.multipliedBy(3));

        assertThat(texts(groupOf("Wo finde ich einen Kinderarzt in Bottrop?")))
                .containsExactlyInAnyOrder("Wo finde ich einen Kinderarzt in Bottrop?", "Kinderärzte in Bottrop gesucht");
        assertThat(texts(groupOf("Wann hat der Schwimmverein in Bottrop Training?"))).hasSize(1);
    }

    @Test
    void aQuestionWhoseAskerPickedAnOfferedEntryIsAboutThatEntry() {
        fixtures.askedBackAndChosen("my permit runs out, what now", "en",
                List.of("residence-blue-card", "residence-extend-permit"), "residence-extend-permit", HOUR);

        GapGroup group = groupOf("my permit runs out, what now");
        GapItem item = group.items().getFirst();
        assertThat(item.reason()).isEqualTo(GapItem.Reason.CHOSEN);
        assertThat(item.topEntryKeys()).containsExactly("residence-extend-permit", "residence-blue-card");
        assertThat(group.entries()).extracting(GapGroup.Entry::key).first().isEqualTo("residence-extend-permit");
    }

    @Test
    void answersRatedNotHelpfulInTwoLanguagesGroupAroundTheirEntry() {
        fixtures.answeredButNotHelpful("Wie lange ist die Blaue Karte gültig?", "de", "residence-blue-card", HOUR);
        fixtures.answeredButNotHelpful("For how many years is it valid?", "en", "residence-blue-card", HOUR.multipliedBy(2));

        GapGroup group = groupOf("For how many years is it valid?");
        assertThat(group.size()).isEqualTo(2);
        assertThat(group.reasons()).containsEntry(Reason.NOT_HELPFUL, 2);
        assertThat(group.entries()).extracting(GapGroup.Entry::key).containsExactly("residence-blue-card");
    }

    @Test
    void aGuidesProposalJoinsTheQuestionsAndRepresentsThem() {
        fixtures.ask("Wie beantrage ich Bürgergeld?", "de", null, HOUR);
        fixtures.propose("de", "Wie beantrage ich Bürgergeld beim Jobcenter?", "Beim Jobcenter Ihrer Stadt, online oder vor Ort.", null);

        GapGroup group = groupOf("Wie beantrage ich Bürgergeld?");
        assertThat(group.size()).isEqualTo(2);
        assertThat(group.representative().isProposal()).isTrue();
        assertThat(group.representative().answer()).contains("Jobcenter");
        assertThat(group.reasons()).containsEntry(Reason.PROPOSAL, 1);
    }

    @Test
    void aDismissedGroupStaysOutUntilTheQuestionComesBack() {
        long first = fixtures.ask("Wie beantrage ich Bürgergeld?", "de", null, Duration.ofDays(3));
        long second = fixtures.ask("How do I apply for Bürgergeld?", "en", null, Duration.ofDays(2));
        fixtures.ask("Darf ich meinen Hund nach Deutschland mitbringen?", "de", null, Duration.ofDays(2));

        actions.dismiss(List.of(new ItemRef(true, first), new ItemRef(true, second)), EDITOR);
        assertThat(groups()).hasSize(1);
        assertThat(texts(groups().getFirst())).containsExactly("Darf ich meinen Hund nach Deutschland mitbringen?");

        fixtures.ask("Bürgergeld beantragen, wie geht das?", "de", null, HOUR);
        GapGroup back = groupOf("Bürgergeld beantragen, wie geht das?");
        assertThat(texts(back)).containsExactly("Bürgergeld beantragen, wie geht das?");
        assertThat(back.resolvedBefore()).isEqualTo(2);
    }

    @Test
    void trendComparesThisWeekWithTheFourWeeksBefore() {
        for (int day = 1; day <= 3; day++) {
            fixtures.ask("Wie beantrage ich Bürgergeld? (" + day + ")", "de", null, Duration.ofDays(day).minus(HOUR));
        }
        fixtures.ask("Bürgergeld beantragen", "de", null, Duration.ofDays(20));
        fixtures.ask("Darf ich meinen Hund nach Deutschland mitbringen?", "de", null, Duration.ofDays(10));
        fixtures.ask("Hund mitbringen nach Deutschland erlaubt?", "de", null, Duration.ofDays(12));
        fixtures.ask("Wann hat der Schwimmverein Training?", "de", null, Duration.ofDays(2));

        GapGroup rising = groupOf("Bürgergeld beantragen");
        assertThat(rising.thisWeek()).isEqualTo(3);
        assertThat(rising.perWeekBefore()).isEqualTo(0.25);
        assertThat(rising.trend()).isEqualTo(Trend.RISING);
        GapGroup falling = groupOf("Hund mitbringen nach Deutschland erlaubt?");
        assertThat(falling.thisWeek()).isZero();
        assertThat(falling.trend()).isEqualTo(Trend.FALLING);
        assertThat(groupOf("Wann hat der Schwimmverein Training?").trend()).isEqualTo(Trend.NEW);

        var byCount = inbox.inbox(EDITOR, GapsInbox.Order.COUNT, "en", Instant.now()).groups();
        assertThat(byCount.getFirst()).isEqualTo(rising);
        assertThat(groups().getFirst().items()).extracting(GapItem::text).containsExactly("Wie beantrage ich Bürgergeld? (1)",
                "Wie beantrage ich Bürgergeld? (2)", "Wie beantrage ich Bürgergeld? (3)", "Bürgergeld beantragen");
    }

    @Test
    void aCityEditorSeesTheirCityAndTheRegionOnly() {
        fixtures.ask("Wo finde ich einen Kinderarzt?", "de", "essen", HOUR);
        fixtures.ask("Wo ist ein Kinderarzt mit Termin frei?", "de", null, HOUR);
        long dortmund = fixtures.ask("Kinderarzt am Wochenende gesucht", "de", "dortmund", HOUR);
        StaffPrincipal essen = GapFixtures.staff(Role.EDITOR, "essen");

        var seen = inbox.inbox(essen, GapsInbox.Order.NEWEST, "de", Instant.now()).groups().stream()
                .flatMap(g -> g.items().stream()).map(GapItem::city).toList();
        assertThat(seen).containsExactlyInAnyOrder("essen", null);
        assertThat(inbox.visibleItem(essen, new ItemRef(true, dortmund))).isEmpty();
        assertThat(inbox.visibleItem(EDITOR, new ItemRef(true, dortmund))).isPresent();
    }

    @Test
    void wellAnsweredQuestionsAndThumbsUpStayOut() {
        fixtures.ask("Wie lange dauert die Blaue Karte?", "de", null, HOUR);
        assertThat(groups()).isEmpty();
    }
}
