package ruhr.welcome.bot.webchat;

import java.util.List;

import ruhr.welcome.knowledge.faq.AnswerMarkup;
import ruhr.welcome.knowledge.faq.AnswerMarkup.Block;
import ruhr.welcome.knowledge.faq.AnswerMarkup.BulletList;
import ruhr.welcome.knowledge.faq.AnswerMarkup.Paragraph;
import ruhr.welcome.knowledge.faq.AnswerMarkup.Span;

/**
 * Renders reply blocks as the web chat's HTML. Everything is escaped; the only markup is ours
 * (paragraphs, lists, bold, italic, https links that open in a new tab without a referrer), so a
 * hostile FAQ text or question can never become script in the newcomer's browser.
 */
final class WebChatHtml {

    private WebChatHtml() {
    }

    static String render(List<Block> blocks) {
        var html = new StringBuilder();
        for (Block block : blocks) {
            switch (block) {
                case Paragraph p -> spans(html.append("<p>"), p.spans()).append("</p>");
                case BulletList l -> {
                    html.append("<ul>");
                    l.items().forEach(item -> spans(html.append("<li>"), item).append("</li>"));
                    html.append("</ul>");
                }
            }
        }
        return html.toString();
    }

    /** What the newcomer typed, shown back in their own bubble: text only, line breaks kept. */
    static String typed(String text) {
        return "<p>" + escape(text).replace("\n", "<br>") + "</p>";
    }

    private static StringBuilder spans(StringBuilder html, List<Span> spans) {
        for (Span span : spans) {
            String text = escape(span.text()).replace("\n", "<br>");
            if (span.isLink() && AnswerMarkup.isSafeUrl(span.url())) {
                html.append("<a href=\"").append(escape(span.url()))
                        .append("\" target=\"_blank\" rel=\"noopener noreferrer nofollow\">").append(text).append("</a>");
                continue;
            }
            switch (span.style()) {
                case BOLD -> html.append("<strong>").append(text).append("</strong>");
                case ITALIC -> html.append("<em>").append(text).append("</em>");
                case PLAIN -> html.append(text);
            }
        }
        return html;
    }

    static String escape(String text) {
        var out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
