package ruhr.welcome.knowledge.faq;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The small formatting subset of answers: {@code **bold**}, {@code _italic_},
 * {@code [text](https://...)} and list lines starting with {@code "- "}; paragraphs separated by an
 * empty line. Everything else is text, never markup, so no editor input can inject HTML anywhere.
 */
public final class AnswerMarkup {

    /** A paragraph or a list; each item is a sequence of inline spans. */
    public sealed interface Block permits Paragraph, BulletList {
    }

    public record Paragraph(List<Span> spans) implements Block {
    }

    public record BulletList(List<List<Span>> items) implements Block {
    }

    /** Inline text with a style; a link carries its target. */
    public record Span(String text, Style style, String url) {
        public boolean isLink() {
            return url != null;
        }
    }

    public enum Style { PLAIN, BOLD, ITALIC }

    private static final Pattern INLINE = Pattern.compile(
            "\\[([^\\]\\n]{1,300})]\\(([^)\\s]{1,2000})\\)"        // [text](url)
            + "|\\*\\*(.+?)\\*\\*"                                 // **bold**
            + "|(?<![\\p{L}\\p{N}_])_([^_\\n]+?)_(?![\\p{L}\\p{N}_])"); // _italic_
    private static final Pattern LINK = Pattern.compile("\\[[^\\]\\n]{1,300}]\\(([^)\\s]{1,2000})\\)");

    private AnswerMarkup() {
    }

    /** A paragraph of one text in one style, never interpreted as markup. */
    public static Paragraph paragraph(String text, Style style) {
        return new Paragraph(List.of(new Span(text, style, null)));
    }

    public static List<Block> parse(String answer) {
        var blocks = new ArrayList<Block>();
        for (String chunk : answer.strip().split("\\n\\s*\\n")) {
            var lines = chunk.strip().lines().toList();
            if (lines.isEmpty()) {
                continue;
            }
            var items = new ArrayList<List<Span>>();
            var paragraph = new StringBuilder();
            for (String line : lines) {
                String trimmed = line.strip();
                if (trimmed.startsWith("- ")) {
                    flushParagraph(paragraph, blocks);
                    items.add(spans(trimmed.substring(2).strip()));
                } else {
                    if (!items.isEmpty()) {
                        blocks.add(new BulletList(List.copyOf(items)));
                        items.clear();
                    }
                    if (!paragraph.isEmpty()) {
                        paragraph.append('\n');
                    }
                    paragraph.append(trimmed);
                }
            }
            flushParagraph(paragraph, blocks);
            if (!items.isEmpty()) {
                blocks.add(new BulletList(List.copyOf(items)));
            }
        }
        return blocks;
    }

    /** The answer as plain words, for search and previews. */
    public static String plainText(String answer) {
        var out = new StringBuilder();
        for (Block block : parse(answer)) {
            switch (block) {
                case Paragraph p -> p.spans().forEach(s -> out.append(s.text()));
                case BulletList l -> l.items().forEach(item -> {
                    item.forEach(s -> out.append(s.text()));
                    out.append('\n');
                });
            }
            out.append("\n\n");
        }
        return out.toString().strip();
    }

    /** Link targets in the answer that are not absolute https URLs. */
    public static List<String> unsafeLinks(String answer) {
        var unsafe = new ArrayList<String>();
        Matcher m = LINK.matcher(answer);
        while (m.find()) {
            if (!isSafeUrl(m.group(1))) {
                unsafe.add(m.group(1));
            }
        }
        return unsafe;
    }

    public static boolean isSafeUrl(String url) {
        if (url == null || url.chars().anyMatch(c -> c <= ' ' || c == '"' || c == '<' || c == '>' || c == '\\')) {
            return false;
        }
        try {
            URI uri = new URI(url);
            return "https".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null && !uri.getHost().isBlank();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static void flushParagraph(StringBuilder paragraph, List<Block> blocks) {
        if (!paragraph.isEmpty()) {
            blocks.add(new Paragraph(spans(paragraph.toString())));
            paragraph.setLength(0);
        }
    }

    static List<Span> spans(String text) {
        var spans = new ArrayList<Span>();
        Matcher m = INLINE.matcher(text);
        int last = 0;
        while (m.find()) {
            if (m.start() > last) {
                spans.add(new Span(text.substring(last, m.start()), Style.PLAIN, null));
            }
            if (m.group(1) != null) {
                // an unsafe target is shown as text: the reader refuses such files, this guards old data
                spans.add(isSafeUrl(m.group(2))
                        ? new Span(m.group(1), Style.PLAIN, m.group(2))
                        : new Span(m.group(), Style.PLAIN, null));
            } else if (m.group(3) != null) {
                spans.add(new Span(m.group(3), Style.BOLD, null));
            } else {
                spans.add(new Span(m.group(4), Style.ITALIC, null));
            }
            last = m.end();
        }
        if (last < text.length()) {
            spans.add(new Span(text.substring(last), Style.PLAIN, null));
        }
        return spans;
    }

    /** Every span of every block, in reading order. */
    public static Stream<Span> allSpans(List<Block> blocks) {
        return blocks.stream().flatMap(b -> switch (b) {
            case Paragraph p -> p.spans().stream();
            case BulletList l -> l.items().stream().flatMap(List::stream);
        });
    }
}
