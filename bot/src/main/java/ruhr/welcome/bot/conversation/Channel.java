package ruhr.welcome.bot.conversation;

/** Where a newcomer talks to the bot. */
public enum Channel { TELEGRAM, WEB }
