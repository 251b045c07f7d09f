package ruhr.welcome.admin.gaps;

import java.util.List;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ruhr.welcome.admin.gaps.GapResolutions.Outcome;
import ruhr.welcome.admin.security.AuditLog;
import ruhr.welcome.admin.security.StaffPrincipal;

/** What editors do with inbox items: every change audited in the same transaction. */
@Service
class GapActions {

    private final GapResolutions resolutions;
    private final AuditLog audit;

    GapActions(GapResolutions resolutions, AuditLog audit) {
        this.resolutions = resolutions;
        this.audit = audit;
    }

    /** Takes the items out of the inbox; similar questions asked later come back as a new group. */
    @Transactional
    int dismiss(List<ItemRef> items, StaffPrincipal staff) {
        int dismissed = resolutions.resolve(items, Outcome.DISMISSED, staff.username());
        audit.record(staff.username(), "gaps.dismiss", "gaps:" + items.getFirst() + (items.size() > 1 ? "+" + (items.size() - 1) : ""),
                null, json(items));
        return dismissed;
    }

    /** Adds the item's text to an entry and takes the item out of the inbox, both or neither. */
    @Transactional
    void addAlternate(AlternatePhrasings alternates, ItemRef item, String entryKey, String lang, String text,
                      StaffPrincipal staff) {
        alternates.addAlternate(entryKey, lang, text, staff);
        resolutions.resolve(List.of(item), Outcome.ALTERNATE, staff.username());
        audit.record(staff.username(), "gaps.alternate", "faq:" + entryKey, null,
                "{\"item\":\"" + item + "\",\"lang\":\"" + lang + "\"}");
    }

    private static String json(List<ItemRef> items) {
        return items.stream().map(i -> "\"" + i + "\"").collect(Collectors.joining(",", "{\"items\":[", "]}"));
    }
}
