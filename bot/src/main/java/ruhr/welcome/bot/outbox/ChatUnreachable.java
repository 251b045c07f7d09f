package ruhr.welcome.bot.outbox;

import ruhr.welcome.bot.conversation.ChatRef;

/** A chat refused our messages for good (e.g. the newcomer blocked the bot). */
public record ChatUnreachable(ChatRef chat) {
}
