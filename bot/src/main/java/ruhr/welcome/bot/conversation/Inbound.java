package ruhr.welcome.bot.conversation;

/** What a newcomer sent, independent of the channel it came through. */
public sealed interface Inbound {

    /** A typed message. */
    record Text(String text) implements Inbound {
    }

    /** A slash command such as {@code /start berlin} (name without slash, lower case). */
    record Command(String name, String argument) implements Inbound {
    }

    /** A tap on one of our buttons; the data may be forged or stale and is checked. */
    record Button(String data) implements Inbound {
    }

    /** A sticker, photo, voice message, location ... where the bot expects text. */
    record Unsupported(String kind) implements Inbound {
    }

    /** An edit of an earlier message. */
    record Edited() implements Inbound {
    }
}
