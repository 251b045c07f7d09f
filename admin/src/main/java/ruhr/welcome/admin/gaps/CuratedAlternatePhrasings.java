package ruhr.welcome.admin.gaps;

import java.util.ArrayList;
import java.util.NoSuchElementException;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import ruhr.welcome.admin.faq.Actor;
import ruhr.welcome.admin.faq.EntryContent;
import ruhr.welcome.admin.faq.FaqEditRefused;
import ruhr.welcome.admin.faq.FaqEditing;
import ruhr.welcome.admin.faq.FaqValidationFailed;
import ruhr.welcome.admin.security.StaffPrincipal;
import ruhr.welcome.knowledge.faq.exchange.FaqFile;

/**
 * The inbox's "add as another way to ask" through the FAQ curation, so the change is versioned,
 * audited and reaches the search like any other edit. An editor limited to a city proposes it for
 * a regional entry instead, as they would in the editor.
 */
@Component
class CuratedAlternatePhrasings implements AlternatePhrasings {

    static final String PROPOSAL_NOTE = "gaps inbox: another way to ask";

    private final FaqEditing editing;

    CuratedAlternatePhrasings(FaqEditing editing) {
        this.editing = editing;
    }

    @Override
    public void addAlternate(String entryKey, String lang, String text, StaffPrincipal staff) {
        var state = editing.find(entryKey).orElseThrow(() -> new NoSuchElementException(entryKey));
        FaqFile.Entry entry = state.entry();
        FaqFile.Text current = entry.texts().get(lang);
        String phrasing = text == null ? "" : text.strip();
        if (current == null || phrasing.isEmpty()) {
            throw new IllegalArgumentException(current == null
                    ? "The entry has no text in this language yet." : "The phrasing is empty.");
        }
        if (current.question().equalsIgnoreCase(phrasing)
                || current.alternates().stream().anyMatch(known -> known.equalsIgnoreCase(phrasing))) {
            return; // already a way to ask it
        }
        var alternates = new ArrayList<>(current.alternates());
        alternates.add(phrasing);
        var texts = new TreeMap<>(entry.texts());
        texts.put(lang, new FaqFile.Text(current.question(), alternates, current.answer(), current.links()));
        var content = new EntryContent(entry.key(), entry.topics(), entry.audiences(), entry.city(), entry.variantOf(),
                entry.lastReviewed(), texts);
        Actor actor = Actor.of(staff);
        try {
            if (actor.city() != null && entry.city() == null) {
                editing.propose(actor, entryKey, state.version(), content, PROPOSAL_NOTE);
            } else {
                editing.update(actor, entryKey, state.version(), content);
            }
        } catch (FaqEditRefused refused) {
            throw new AccessDeniedException(refused.getMessage());
        } catch (FaqValidationFailed invalid) {
            throw new IllegalArgumentException(invalid.violations().stream().map(v -> v.lang() + " " + v.field() + ": " + v.code())
                    .collect(Collectors.joining(" ")));
        }
    }
}
