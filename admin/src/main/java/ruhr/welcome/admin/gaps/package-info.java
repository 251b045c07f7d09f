/**
 * The editors' gaps inbox ({@code /admin/gaps}): questions from the question log the bot did not serve
 * well (nothing found, asked back, answered below {@code welcome.gaps.low-confidence}, or rated 👎) and the
 * Welcome Guides' open proposals, read over {@code welcome.gaps.window}, grouped by what they ask across
 * languages ({@link ruhr.welcome.admin.gaps.GapGrouping}), with counts per reason and language and a
 * trend (the last seven days against the four weeks before).
 *
 * <p>Actions: create an entry (a link to the curation's new-entry form with the group's question and
 * language), add a question to an entry as another phrasing ({@link ruhr.welcome.admin.gaps.AlternatePhrasings},
 * implemented by the FAQ curation), dismiss a group. Dismissed and placed items are stored in
 * {@code gap_resolution}; they still help to group newer questions, and a group whose question comes
 * back shows only the new items, with a note of how many were dealt with before.
 *
 * <p>Privacy: items carry the question text, language, city and time, never the asker's pseudonym or
 * channel. A city-limited editor sees, and may act on, their city's items and those without a city.
 */
package ruhr.welcome.admin.gaps;
