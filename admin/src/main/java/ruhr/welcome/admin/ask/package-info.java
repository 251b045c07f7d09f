/**
 * "Ask the bot" ({@code /admin/ask}, editors and admins): a question through the bot's own language
 * decision, search and answer decision, shown step by step; nothing is recorded in the question log.
 */
package ruhr.welcome.admin.ask;
