/**
 * The dashboard ({@code /admin/figures}, every staff role): questions per week by outcome, feedback,
 * time to a guide, languages and topics, as SVG drawn on the server ({@link ruhr.welcome.admin.figures.Charts})
 * with a title, a description and a table of the same numbers. Handoff figures come from a
 * {@link ruhr.welcome.admin.figures.HandoffFigures} bean of the bot module; without one the page says so.
 */
package ruhr.welcome.admin.figures;
