package ruhr.welcome.admin.gaps;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import ruhr.welcome.admin.gaps.GapItem.Reason;
import ruhr.welcome.knowledge.search.FaqIndex;

import static org.assertj.core.api.Assertions.assertThat;

/** The grouping rules on the index's real analysis (shipped synonyms), without a database. */
class GapGroupingTest {

    private static FaqIndex index;

    @BeforeAll
    static void analysis() {
        index = new FaqIndex();
    }

    @AfterAll
    static void close() throws IOException {
        index.close();
    }

    private static GapItem item(int n, String text, String lang, String topEntry, boolean anchored) {
        return new GapItem("q" + n, Instant.now(), text, lang, null, Reason.NOT_FOUND,
                topEntry == null ? List.of() : List.of(topEntry), anchored, null, null, false, false);
    }

    private static List<List<String>> groups(GapItem... items) {
        return new GapGrouping(List.of(items), index::terms).groups().stream()
                .map(g -> g.stream().map(GapItem::ref).toList()).toList();
    }

    @Test
    void cityNamesSayWhereNotWhat() {
        assertThat(GapGrouping.withoutCities("Ausländerbehörde in Mülheim an der Ruhr oder Essen?").strip())
                .isEqualTo("Ausländerbehörde in   oder  ?");
        assertThat(groups(item(1, "Where is the Ausländerbehörde in Bottrop?", "en", null, false),
                item(2, "Wo finde ich einen Kinderarzt in Bottrop?", "de", null, false))).hasSize(2);
    }

    @Test
    void onlyEntriesTheBotTookSeriouslyJoinQuestions() {
        assertThat(groups(item(1, "Darf ich meinen Hund mitbringen?", "de", "everyday-driving-licence", false),
                item(2, "How do I get a fishing licence?", "en", "everyday-driving-licence", false))).hasSize(2);
        assertThat(groups(item(1, "Blaue Karte gültig wie lange?", "de", "residence-blue-card", true),
                item(2, "Is it valid for my wife too?", "en", "residence-blue-card", true))).hasSize(1);
    }

    @Test
    void synonymsAndLoanWordsBridgeLanguagesButFunctionWordsDoNot() {
        assertThat(groups(item(1, "Wie lange dauert die Blaue Karte?", "de", null, false),
                item(2, "blue card how long", "en", null, false))).hasSize(1);
        assertThat(groups(item(1, "Was ist das?", "de", null, false), item(2, "Was it good?", "en", null, false))).hasSize(2);
    }

    @Test
    void groupsThousandsOfQuestionsQuicklyEvenWhenNoneAreAlike() {
        List<GapItem> items = new ArrayList<>();
        String[] words = {"Bürgergeld", "Kinderarzt", "Wohnung", "Führerschein", "Hund", "Steuer", "Visum", "Kita", "Schufa", "Jobcenter"};
        for (int i = 0; i < 3000; i++) {
            items.add(item(i, "Frage " + words[i % words.length] + " " + words[(i / 10) % words.length] + " Nummer " + i, "de", null, false));
        }
        long start = System.nanoTime();
        var groups = new GapGrouping(items, index::terms).groups();
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(groups).hasSize(3000); // each has a number of its own that outweighs the shared words
        assertThat(millis).as("grouping 3000 questions took %d ms", millis).isLessThan(5000);
    }
}
