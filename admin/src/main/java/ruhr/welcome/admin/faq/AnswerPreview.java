package ruhr.welcome.admin.faq;

import java.util.ArrayList;
import java.util.List;

import ruhr.welcome.knowledge.faq.AnswerMarkup;
import ruhr.welcome.knowledge.faq.AnswerMarkup.Span;
import ruhr.welcome.knowledge.faq.AnswerMarkup.Style;
import ruhr.welcome.knowledge.faq.exchange.FaqFile;

/**
 * An answer as the bot sends it (the question in bold, the answer's paragraphs and lists, then the
 * links), in blocks the template writes out as text: the only markup is the template's own, so
 * nothing an editor typed can become HTML in the console.
 */
final class AnswerPreview {

    /** A paragraph ({@code items} has one item) or a bullet list; {@code links}: the official links under the answer. */
    record Block(boolean list, boolean links, List<List<Piece>> items) {
    }

    /** Inline text; {@code url} only for a safe https link. */
    record Piece(String text, String style, String url) {
        public boolean link() { return url != null; }
        public boolean bold() { return "bold".equals(style); }
        public boolean italic() { return "italic".equals(style); }
    }

    private AnswerPreview() {
    }

    static List<Block> of(FaqFile.Text text) {
        var blocks = new ArrayList<Block>();
        if (text == null) {
            return blocks;
        }
        blocks.add(paragraph(List.of(new Span(nullToEmpty(text.question()), Style.BOLD, null))));
        for (AnswerMarkup.Block block : AnswerMarkup.parse(nullToEmpty(text.answer()))) {
            switch (block) {
                case AnswerMarkup.Paragraph p -> blocks.add(paragraph(p.spans()));
                case AnswerMarkup.BulletList l -> blocks.add(new Block(true, false, l.items().stream().map(AnswerPreview::pieces).toList()));
            }
        }
        if (!text.links().isEmpty()) {
            blocks.add(new Block(true, true, text.links().stream()
                    .map(l -> pieces(List.of(new Span(nullToEmpty(l.title()), Style.PLAIN, l.url())))).toList()));
        }
        return blocks;
    }

    private static Block paragraph(List<Span> spans) {
        return new Block(false, false, List.of(pieces(spans)));
    }

    private static List<Piece> pieces(List<Span> spans) {
        return spans.stream().map(s -> new Piece(s.text(), s.style().name().toLowerCase(java.util.Locale.ROOT),
                s.isLink() && AnswerMarkup.isSafeUrl(s.url()) ? s.url() : null)).toList();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
