package ruhr.welcome.bot.telegram;

import java.util.ArrayList;
import java.util.List;

import ruhr.welcome.knowledge.faq.AnswerMarkup.Block;
import ruhr.welcome.knowledge.faq.AnswerMarkup.BulletList;
import ruhr.welcome.knowledge.faq.AnswerMarkup.Paragraph;
import ruhr.welcome.knowledge.faq.AnswerMarkup.Span;

/**
 * Renders message blocks as Telegram HTML (parse_mode HTML) and splits them into messages of at
 * most {@value #LIMIT} characters. Splits fall between blocks, list items or spans where possible,
 * inside a long text only at a space, and never inside a tag, an entity or a link.
 */
final class TelegramHtml {

    static final int LIMIT = 4096;

    private TelegramHtml() {
    }

    static List<String> render(List<Block> blocks) {
        return render(blocks, LIMIT);
    }

    static List<String> render(List<Block> blocks, int limit) {
        var packer = new Packer(limit);
        for (Block block : blocks) {
            switch (block) {
                case Paragraph p -> packer.addSpans(p.spans(), "\n\n", "");
                case BulletList l -> {
                    boolean first = true;
                    for (List<Span> item : l.items()) {
                        packer.addSpans(item, first ? "\n\n" : "\n", "• ");
                        first = false;
                    }
                }
            }
        }
        return packer.finish();
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String escapeAttribute(String text) {
        return escape(text).replace("\"", "&quot;");
    }

    /** One span as balanced HTML. */
    private static String html(Span span, String text) {
        if (span.isLink()) {
            return "<a href=\"" + escapeAttribute(span.url()) + "\">" + escape(text) + "</a>";
        }
        return switch (span.style()) {
            case BOLD -> "<b>" + escape(text) + "</b>";
            case ITALIC -> "<i>" + escape(text) + "</i>";
            case PLAIN -> escape(text);
        };
    }

    private static final class Packer {
        private final int limit;
        private final List<String> messages = new ArrayList<>();
        private final StringBuilder current = new StringBuilder();

        Packer(int limit) {
            this.limit = limit;
        }

        void addSpans(List<Span> spans, String separator, String prefix) {
            String pending = (current.isEmpty() ? "" : separator) + prefix;
            for (Span span : spans) {
                addSpan(span, pending);
                pending = "";
            }
        }

        private void addSpan(Span span, String before) {
            String whole = html(span, span.text());
            if (before.length() + whole.length() <= limit || span.isLink()) {
                add(before, whole);
                return;
            }
            // a text longer than a message: cut at spaces, each piece keeps its style
            int overhead = html(span, "").length();
            String rest = span.text();
            String lead = before;
            while (!rest.isEmpty()) {
                int room = Math.max(1, limit - overhead - lead.length());
                int cut = cutPoint(rest, room);
                add(lead, html(span, rest.substring(0, cut)));
                rest = rest.substring(cut).stripLeading();
                lead = "";
            }
        }

        /** Longest prefix whose escaped form fits, ending at a space when there is one. */
        private static int cutPoint(String text, int room) {
            if (escape(text).length() <= room) {
                return text.length();
            }
            int end = 0;
            int length = 0;
            while (end < text.length()) {
                int next = length + escape(String.valueOf(text.charAt(end))).length();
                if (next > room) {
                    break;
                }
                length = next;
                end++;
            }
            int space = text.lastIndexOf(' ', end);
            int cut = space > end / 2 ? space : end;
            if (cut > 0 && Character.isHighSurrogate(text.charAt(cut - 1))) {
                cut--; // never split an emoji in half
            }
            return Math.max(1, cut);
        }

        private void add(String before, String html) {
            if (current.length() + before.length() + html.length() > limit && !current.isEmpty()) {
                messages.add(current.toString());
                current.setLength(0);
                before = before.strip().isEmpty() ? "" : before.stripLeading();
            }
            current.append(before).append(html);
        }

        List<String> finish() {
            if (!current.isEmpty()) {
                messages.add(current.toString());
            }
            return messages.stream().map(String::strip).filter(m -> !m.isEmpty()).toList();
        }
    }
}
