package ruhr.welcome.admin.gaps;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

import ruhr.welcome.admin.faq.Actor;
import ruhr.welcome.admin.faq.EntryContent;
import ruhr.welcome.admin.faq.FaqEditing;
import ruhr.welcome.admin.security.Role;
import ruhr.welcome.admin.security.StaffPrincipal;
import ruhr.welcome.knowledge.faq.exchange.FaqFile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** "Add as another way to ask" from the gaps inbox goes through the real FAQ curation. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class CuratedAlternatePhrasingsTest {

    private static final StaffPrincipal EDITOR = GapFixtures.staff(Role.EDITOR, null);
    private static final StaffPrincipal ESSEN_EDITOR = GapFixtures.staff(Role.EDITOR, "essen");

    @Autowired
    CuratedAlternatePhrasings phrasings;

    @Autowired
    FaqEditing editing;

    @Test
    void aQuestionBecomesAVersionedAlternatePhrasing() {
        create("test-gap-library", null);

        phrasings.addAlternate("test-gap-library", "de", "  Wo leihe ich Bücher aus?  ", EDITOR);
        phrasings.addAlternate("test-gap-library", "de", "wo leihe ich bücher aus?", EDITOR); // already there

        var entry = editing.find("test-gap-library").orElseThrow();
        assertThat(entry.entry().texts().get("de").alternates()).containsExactly("Stadtbibliothek Ausweis",
                "Wo leihe ich Bücher aus?");
        assertThat(editing.history("test-gap-library")).hasSize(2);
        assertThatThrownBy(() -> phrasings.addAlternate("test-gap-library", "tr", "Kütüphane nerede?", EDITOR))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> phrasings.addAlternate("test-gap-nothing", "de", "Wo?", EDITOR))
                .isInstanceOf(java.util.NoSuchElementException.class);
    }

    @Test
    void aCityEditorProposesForARegionalEntryAndMayNotTouchAnotherCitysEntry() {
        create("test-gap-regional", null);
        create("test-gap-dortmund", "dortmund");

        phrasings.addAlternate("test-gap-regional", "de", "Bücherei Ausweis verloren", ESSEN_EDITOR);

        assertThat(editing.find("test-gap-regional").orElseThrow().entry().texts().get("de").alternates())
                .as("the regional entry itself is unchanged").containsExactly("Stadtbibliothek Ausweis");
        assertThat(editing.pendingRequests("test-gap-regional")).singleElement()
                .satisfies(request -> assertThat(request.toString()).contains(CuratedAlternatePhrasings.PROPOSAL_NOTE));
        assertThatThrownBy(() -> phrasings.addAlternate("test-gap-dortmund", "de", "Bibliothek Dortmund", ESSEN_EDITOR))
                .isInstanceOf(AccessDeniedException.class);
    }

    private void create(String key, String city) {
        var text = new FaqFile.Text("Wie bekomme ich einen Bibliotheksausweis?", List.of("Stadtbibliothek Ausweis"),
                "Mit dem **Personalausweis** in jeder Stadtbibliothek.", List.of());
        editing.create(Actor.of(GapFixtures.staff(Role.ADMIN, null)), new EntryContent(key, List.of("everyday-life"), List.of(), city, null,
                LocalDate.of(2026, 11, 22), Map.of("de", text)));
    }

}
