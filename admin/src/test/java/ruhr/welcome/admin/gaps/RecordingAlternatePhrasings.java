package ruhr.welcome.admin.gaps;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;

import ruhr.welcome.admin.security.StaffPrincipal;

/**
 * Stands in for the FAQ curation's implementation (not on this branch) in the admin tests: records
 * what the inbox asked for, refuses unknown entries and a text marked as unacceptable.
 */
@Component
@Primary
class RecordingAlternatePhrasings implements AlternatePhrasings {

    record Call(String entryKey, String lang, String text, String staff) {
    }

    final List<Call> calls = new CopyOnWriteArrayList<>();

    @Override
    public void addAlternate(String entryKey, String lang, String text, StaffPrincipal staff) {
        if (entryKey.equals("no-such-entry")) {
            throw new NoSuchElementException(entryKey);
        }
        if (text.contains("refuse me")) {
            throw new IllegalArgumentException("already a phrasing of this entry");
        }
        calls.add(new Call(entryKey, lang, text, staff.username()));
    }
}
