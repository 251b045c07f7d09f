package ruhr.welcome.bot.conversation;

import java.util.List;

import ruhr.welcome.knowledge.faq.AnswerMarkup;
import ruhr.welcome.knowledge.faq.AnswerMarkup.Block;

/**
 * What the bot sends back, independent of the channel: formatted blocks and rows of buttons.
 * Channels render it (Telegram HTML with inline keyboards, the web chat's HTML).
 */
public record Reply(String lang, List<Block> body, List<List<Button>> buttons) {

    public Reply {
        body = List.copyOf(body);
        buttons = buttons.stream().map(List::copyOf).toList();
    }

    /** A button; {@code data} comes back as {@link Inbound.Button} when tapped (at most 64 bytes). */
    public record Button(String label, String data) {
        public Button {
            if (data.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > 64) {
                throw new IllegalArgumentException("button data longer than 64 bytes");
            }
        }
    }

    /** Plain bot text: never interpreted as markup. */
    public static Reply text(String lang, String text, List<List<Button>> buttons) {
        return new Reply(lang, List.of(AnswerMarkup.paragraph(text, AnswerMarkup.Style.PLAIN)), buttons);
    }

    public static Reply text(String lang, String text) {
        return text(lang, text, List.of());
    }

    /** The reply as plain text, for transcripts and tests. */
    public String plainText() {
        var out = new StringBuilder();
        AnswerMarkup.allSpans(body).forEach(s -> out.append(s.text()).append(' '));
        return out.toString().strip();
    }
}
