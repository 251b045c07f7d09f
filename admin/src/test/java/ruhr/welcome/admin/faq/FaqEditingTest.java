package ruhr.welcome.admin.faq;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import ruhr.welcome.knowledge.faq.EntryStatus;
import ruhr.welcome.knowledge.faq.FaqEntryRepository;
import ruhr.welcome.knowledge.faq.IllegalStatusChange;
import ruhr.welcome.knowledge.faq.PublishedFaq;
import ruhr.welcome.knowledge.faq.exchange.FaqFile;
import ruhr.welcome.knowledge.search.FaqIndex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static ruhr.welcome.admin.faq.FaqSamples.ADMIN;
import static ruhr.welcome.admin.faq.FaqSamples.COORDINATOR;
import static ruhr.welcome.admin.faq.FaqSamples.EDITOR;
import static ruhr.welcome.admin.faq.FaqSamples.ESSEN;
import static ruhr.welcome.admin.faq.FaqSamples.city;
import static ruhr.welcome.admin.faq.FaqSamples.regional;
import static ruhr.welcome.admin.faq.FaqSamples.text;
import static ruhr.welcome.admin.faq.FaqSamples.withGerman;
import static ruhr.welcome.admin.faq.FaqSamples.withTexts;

/** The editors' changes on the real database and the real search index. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class FaqEditingTest {

    @Autowired
    FaqEditing editing;
    @Autowired
    FaqEntryRepository entries;
    @Autowired
    PublishedFaq published;
    @Autowired
    FaqIndex index;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate tx;

    @Test
    void anEntryGoesFromDraftThroughReviewToPublishedAndIsAnsweredOnlyThen() {
        var created = editing.create(EDITOR, regional("test-zebra-crossing", "Wo finde ich den Zebrastreifenkurs?",
                "Der **Zebrastreifenkurs** findet im Rathaus statt."));
        assertThat(created.entry().status()).isEqualTo("draft");
        assertThat(published.byKey("test-zebra-crossing")).isEmpty();

        assertThatThrownBy(() -> editing.changeStatus(EDITOR, "test-zebra-crossing", created.version(), EntryStatus.PUBLISHED))
                .isInstanceOf(IllegalStatusChange.class);
        var review = editing.changeStatus(EDITOR, "test-zebra-crossing", created.version(), EntryStatus.REVIEW);
        assertThat(published.byKey("test-zebra-crossing")).as("review is not published yet").isEmpty();

        var live = editing.changeStatus(ADMIN, "test-zebra-crossing", review.version(), EntryStatus.PUBLISHED);
        assertThat(published.byKey("test-zebra-crossing")).isPresent();
        assertThat(index.searchAllScopes("Zebrastreifenkurs", "de", 3)).extracting(h -> h.key()).first()
                .isEqualTo("test-zebra-crossing");

        assertThatThrownBy(() -> editing.changeStatus(EDITOR, "test-zebra-crossing", live.version(), EntryStatus.REVIEW))
                .isInstanceOf(IllegalStatusChange.class);
        editing.changeStatus(EDITOR, "test-zebra-crossing", live.version(), EntryStatus.DRAFT);
        assertThat(published.byKey("test-zebra-crossing")).as("back to draft leaves the bot").isEmpty();
        assertThat(index.searchAllScopes("Zebrastreifenkurs", "de", 3)).extracting(h -> h.key())
                .doesNotContain("test-zebra-crossing");

        assertThat(editing.history("test-zebra-crossing")).extracting(VersionInfo::action)
                .containsExactly("status", "status", "status", "create");
        assertThat(jdbc.queryForObject("select count(*) from audit_log where subject = 'faq:test-zebra-crossing'"
                + " and action = 'faq.status' and before_json like '%\"review\"%' and after_json like '%\"published\"%'",
                Integer.class)).isEqualTo(1);
    }

    @Test
    void editingAPublishedEntryRefreshesTheAnswerWithoutRestart() {
        var created = editing.create(EDITOR, regional("test-ferry-times", "Wann fährt die Fähre?", "Stündlich."));
        var review = editing.changeStatus(EDITOR, "test-ferry-times", created.version(), EntryStatus.REVIEW);
        var live = editing.changeStatus(EDITOR, "test-ferry-times", review.version(), EntryStatus.PUBLISHED);

        editing.update(EDITOR, "test-ferry-times", live.version(),
                withGerman(EntryContent.of(live.entry()), "Wann fährt die Fähre?", "Alle **zwanzig** Minuten."));

        assertThat(published.byKey("test-ferry-times").orElseThrow().texts().get("de").answer())
                .isEqualTo("Alle **zwanzig** Minuten.");
    }

    @Test
    void everyChangeLeavesAVersionThatCanBeRestored() {
        var v1 = editing.create(EDITOR, regional("test-library-card", "Wie bekomme ich einen Bibliotheksausweis?",
                "Mit Ausweis in jeder Stadtbibliothek."));
        var v2 = editing.update(EDITOR, "test-library-card", v1.version(),
                withGerman(EntryContent.of(v1.entry()), "Wie bekomme ich einen Bibliotheksausweis?", "Nur online."));
        assertThat(v2.version()).isGreaterThan(v1.version());

        var history = editing.history("test-library-card");
        assertThat(history).extracting(VersionInfo::revision).containsExactly(2, 1);
        assertThat(editing.version("test-library-card", 1).texts().get("de").answer())
                .isEqualTo("Mit Ausweis in jeder Stadtbibliothek.");

        var restored = editing.restore(EDITOR, "test-library-card", 1);
        assertThat(restored.entry().texts().get("de").answer()).isEqualTo("Mit Ausweis in jeder Stadtbibliothek.");
        assertThat(editing.history("test-library-card")).extracting(VersionInfo::action).first().isEqualTo("restore");
        String snapshot = jdbc.queryForObject("select snapshot from faq_entry_version where entry_key = 'test-library-card'"
                + " and revision = 3", String.class);
        assertThat(snapshot).contains("\"key\":\"test-library-card\"").contains("\"status\":\"draft\"")
                .contains("\"lastReviewed\":\"2026-11-21\"");

        editing.delete(EDITOR, "test-library-card", restored.version());
        assertThat(editing.find("test-library-card")).isEmpty();
        var back = editing.restore(EDITOR, "test-library-card", 2);
        assertThat(back.entry().status()).isEqualTo("draft");
        assertThat(back.entry().texts().get("de").answer()).isEqualTo("Nur online.");
        assertThat(editing.history("test-library-card")).extracting(VersionInfo::action)
                .containsExactly("restore", "delete", "restore", "update", "create");
    }

    @Test
    void aChangeBasedOnAnOldVersionIsRefused() {
        var v1 = editing.create(EDITOR, regional("test-bike-rental", "Wo leihe ich ein Fahrrad?", "Am Bahnhof."));
        editing.update(EDITOR, "test-bike-rental", v1.version(),
                withGerman(EntryContent.of(v1.entry()), "Wo leihe ich ein Fahrrad?", "Am Bahnhof und online."));

        assertThatThrownBy(() -> editing.update(ADMIN, "test-bike-rental", v1.version(),
                withGerman(EntryContent.of(v1.entry()), "Wo leihe ich ein Fahrrad?", "Nirgends.")))
                .isInstanceOf(FaqEditConflict.class);
        assertThat(editing.find("test-bike-rental").orElseThrow().entry().texts().get("de").answer())
                .isEqualTo("Am Bahnhof und online.");
    }

    @Test
    void aTranslationIsStaleWhenItsSourceChangedAfterIt() {
        var v1 = editing.create(EDITOR, regional("test-pool-hours", "Wann ist das Schwimmbad offen?", "Täglich."));
        assertThat(stale("test-pool-hours", "en")).isFalse();

        var v2 = editing.update(EDITOR, "test-pool-hours", v1.version(),
                withGerman(EntryContent.of(v1.entry()), "Wann ist das Schwimmbad offen?", "Täglich außer montags."));
        assertThat(stale("test-pool-hours", "en")).isTrue();
        assertThat(stale("test-pool-hours", "de")).as("the source is never stale").isFalse();

        var texts = new java.util.TreeMap<>(v2.entry().texts());
        texts.put("en", text("When is the pool open?", "Daily except Mondays."));
        var v3 = editing.update(EDITOR, "test-pool-hours", v2.version(), withTexts(EntryContent.of(v2.entry()), texts));
        assertThat(stale("test-pool-hours", "en")).isFalse();

        // both in one change: the translation was made from the new source
        texts.put("de", text("Wann ist das Schwimmbad offen?", "Täglich, auch montags."));
        texts.put("en", text("When is the pool open?", "Daily, Mondays too."));
        editing.update(EDITOR, "test-pool-hours", v3.version(), withTexts(EntryContent.of(v3.entry()), texts));
        assertThat(stale("test-pool-hours", "en")).isFalse();
    }

    @Test
    void aCityEditorChangesTheirCityAndProposesChangesToRegionalEntries() {
        var essen = editing.create(ESSEN, city("test-essen-office", "essen", "Wo ist das Amt in Essen?", "Am Markt."));
        editing.update(ESSEN, "test-essen-office", essen.version(),
                withGerman(EntryContent.of(essen.entry()), "Wo ist das Amt in Essen?", "Am Kennedyplatz."));

        assertThatThrownBy(() -> editing.create(ESSEN, city("test-dortmund-office", "dortmund", "Amt Dortmund?", "Hier.")))
                .isInstanceOf(FaqEditRefused.class);
        var dortmund = editing.create(EDITOR, city("test-dortmund-office", "dortmund", "Amt Dortmund?", "Hier."));
        assertThatThrownBy(() -> editing.update(ESSEN, "test-dortmund-office", dortmund.version(),
                withGerman(EntryContent.of(dortmund.entry()), "Amt Dortmund?", "Dort.")))
                .isInstanceOf(FaqEditRefused.class);
        assertThatThrownBy(() -> editing.propose(ESSEN, "test-dortmund-office", dortmund.version(),
                EntryContent.of(dortmund.entry()), null)).isInstanceOf(FaqEditRefused.class);
        assertThatThrownBy(() -> editing.update(ESSEN, "test-essen-office", essen.version() + 1,
                city("test-essen-office", "dortmund", "Wo ist das Amt?", "Am Markt.")))
                .as("moving an own entry to another city").isInstanceOf(FaqEditRefused.class);

        var regional = editing.create(EDITOR, regional("test-regional-ticket", "Gibt es ein Regionalticket?", "Ja."));
        var changed = withGerman(EntryContent.of(regional.entry()), "Gibt es ein Regionalticket?", "Ja, das Deutschlandticket.");
        assertThatThrownBy(() -> editing.update(ESSEN, "test-regional-ticket", regional.version(), changed))
                .isInstanceOf(FaqEditRefused.class).hasMessageContaining("propose");
        assertThatThrownBy(() -> editing.changeStatus(ESSEN, "test-regional-ticket", regional.version(), EntryStatus.REVIEW))
                .isInstanceOf(FaqEditRefused.class);
        assertThatThrownBy(() -> editing.delete(ESSEN, "test-regional-ticket", regional.version()))
                .isInstanceOf(FaqEditRefused.class);

        var request = editing.propose(ESSEN, "test-regional-ticket", regional.version(), changed, "Seit 2023 gilt das D-Ticket.");
        assertThat(editing.find("test-regional-ticket").orElseThrow().entry().texts().get("de").answer()).isEqualTo("Ja.");
        assertThat(editing.pendingRequests("test-regional-ticket")).extracting(ChangeRequestView::proposedBy)
                .containsExactly("editor.essen");

        assertThatThrownBy(() -> editing.accept(ESSEN, request.id())).isInstanceOf(FaqEditRefused.class);
        var accepted = editing.accept(EDITOR, request.id());
        assertThat(accepted.entry().texts().get("de").answer()).isEqualTo("Ja, das Deutschlandticket.");
        assertThat(editing.pendingRequests("test-regional-ticket")).isEmpty();
        assertThat(editing.history("test-regional-ticket")).extracting(VersionInfo::action).first().isEqualTo("proposal");
        assertThatThrownBy(() -> editing.reject(EDITOR, request.id())).isInstanceOf(IllegalStateException.class);

        var second = editing.propose(ESSEN, "test-regional-ticket", accepted.version(),
                withGerman(EntryContent.of(accepted.entry()), "Gibt es ein Regionalticket?", "Nein."), null);
        editing.reject(ADMIN, second.id());
        assertThat(editing.find("test-regional-ticket").orElseThrow().entry().texts().get("de").answer())
                .isEqualTo("Ja, das Deutschlandticket.");
        assertThat(jdbc.queryForObject("select count(*) from audit_log where action in ('faq.propose', 'faq.reject')"
                + " and subject = 'faq:test-regional-ticket'", Integer.class)).isEqualTo(3);
    }

    @Test
    void coordinatorsChangeNothing() {
        assertThatThrownBy(() -> editing.create(COORDINATOR, regional("test-coord", "Frage?", "Antwort.")))
                .isInstanceOf(FaqEditRefused.class);
        var entry = editing.create(EDITOR, regional("test-coord", "Frage?", "Antwort."));
        assertThatThrownBy(() -> editing.propose(COORDINATOR, "test-coord", entry.version(), EntryContent.of(entry.entry()), null))
                .isInstanceOf(FaqEditRefused.class);
        assertThatThrownBy(() -> editing.delete(COORDINATOR, "test-coord", entry.version())).isInstanceOf(FaqEditRefused.class);
    }

    @Test
    void badInputIsRefusedFieldByFieldAndNothingIsSaved() {
        var hostile = new EntryContent("Bad Key!", java.util.List.of("no-such-topic"), java.util.List.of(), "atlantis", null,
                null, Map.of("de", new FaqFile.Text("x".repeat(301), java.util.List.of(),
                        "<script>alert(1)</script> [klick](javascript:alert(1))",
                        java.util.List.of(new FaqFile.Link("", "http://example.org")))));

        assertThatThrownBy(() -> editing.create(EDITOR, hostile))
                .isInstanceOfSatisfying(FaqValidationFailed.class, e -> assertThat(e.violations())
                        .extracting(v -> v.lang() + "/" + v.field() + "/" + v.code())
                        .containsExactlyInAnyOrder("null/key/key-format", "null/topics/unknown-value", "null/city/unknown-value",
                                "null/lastReviewed/required", "de/question/too-long", "de/answer/answer-html",
                                "de/answer/answer-link-unsafe", "de/links/link-title-missing", "de/links/link-url-unsafe"));
        assertThat(jdbc.queryForObject("select count(*) from faq_entry where entry_key = 'Bad Key!'", Integer.class)).isZero();

        editing.create(EDITOR, regional("test-unique", "Frage?", "Antwort."));
        assertThatThrownBy(() -> editing.create(EDITOR, regional("test-unique", "Frage?", "Antwort.")))
                .isInstanceOfSatisfying(FaqValidationFailed.class, e -> assertThat(e.violations())
                        .extracting(Violation::code).containsExactly("key-taken"));
    }

    @Test
    void aRegionalEntryWithCityVariantsStaysAndStaysRegional() {
        var regional = editing.create(EDITOR, regional("test-waste-sorting", "Wie trenne ich Müll?", "Gelbe Tonne."));
        var variant = city("test-essen-waste", "essen", "Wie trenne ich Müll in Essen?", "Gelbe Tonne, blaue Tonne.");
        editing.create(ESSEN, new EntryContent(variant.key(), variant.topics(), variant.audiences(), "essen",
                "test-waste-sorting", variant.lastReviewed(), variant.texts()));

        assertThatThrownBy(() -> editing.delete(EDITOR, "test-waste-sorting", regional.version()))
                .isInstanceOfSatisfying(FaqValidationFailed.class, e -> assertThat(e.violations())
                        .extracting(Violation::code).containsExactly("delete-has-variants"));
        var moved = EntryContent.of(regional.entry());
        assertThatThrownBy(() -> editing.update(EDITOR, "test-waste-sorting", regional.version(),
                new EntryContent(moved.key(), moved.topics(), moved.audiences(), "bochum", null, moved.lastReviewed(), moved.texts())))
                .isInstanceOfSatisfying(FaqValidationFailed.class, e -> assertThat(e.violations())
                        .extracting(Violation::code).containsExactly("has-variants"));
    }

    private boolean stale(String key, String lang) {
        return Boolean.TRUE.equals(tx.execute(s -> entries.findByKey(key).orElseThrow().isStale(lang)));
    }
}
