package ruhr.welcome.admin.gaps;

import ruhr.welcome.admin.security.StaffPrincipal;

/**
 * Adds a question from the gaps inbox to an existing FAQ entry as another way to ask it. Implemented
 * by the FAQ curation (FaqEditing); while no bean implements it, the inbox offers no such action.
 */
public interface AlternatePhrasings {

    /**
     * Adds {@code text} as an alternate phrasing of the entry's text in {@code lang}, as {@code staff}
     * (who is audited; a city-limited editor's change to a regional entry may become a proposal).
     *
     * @throws java.util.NoSuchElementException when there is no entry with that key
     * @throws org.springframework.security.access.AccessDeniedException when {@code staff} may not change it
     * @throws IllegalArgumentException when the text cannot be added (blank, too long, the entry has no
     *                                  text in that language); the message is for the editor
     */
    void addAlternate(String entryKey, String lang, String text, StaffPrincipal staff);
}
