package ruhr.welcome.bot.conversation;

/** What a newcomer sent, independent of the channel it came through. */
public sealed interface Inbound {

    /** Typed text as a command ({@code /start@bot arg}) or a plain text. */
    static Inbound typed(String text) {
        String stripped = text.strip();
        if (!stripped.startsWith("/") || stripped.length() < 2) {
            return new Text(text);
        }
        int space = stripped.indexOf(' ');
        String name = space < 0 ? stripped.substring(1) : stripped.substring(1, space);
        int at = name.indexOf('@'); // "/start@welcome_ruhr_bot" in clients that add the bot's name
        if (at >= 0) {
            name = name.substring(0, at);
        }
        String argument = space < 0 ? null : stripped.substring(space + 1).strip();
        return new Command(name.toLowerCase(java.util.Locale.ROOT), argument);
    }

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

    /**
     * An edit of an earlier message (the channel's message id says which).
     *
     * @param text  the message's new text, or its new caption when {@code media} (empty when removed)
     * @param media true for a photo, document, video ... whose caption was edited
     */
    record Edited(String text, boolean media) implements Inbound {
        public Edited {
            text = text == null ? "" : text;
        }
    }
}
