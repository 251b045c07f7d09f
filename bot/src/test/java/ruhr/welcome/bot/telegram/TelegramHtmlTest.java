package ruhr.welcome.bot.telegram;

import java.util.ArrayDeque;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import ruhr.welcome.knowledge.faq.AnswerMarkup;

import static org.assertj.core.api.Assertions.assertThat;

class TelegramHtmlTest {

    private static final Pattern TAG = Pattern.compile("<(/?)([a-z]+)[^>]*>");

    @Test
    void rendersTheFormattingSubsetAndEscapesEverythingElse() {
        var html = TelegramHtml.render(AnswerMarkup.parse("""
                Die **Blaue Karte** ist _wichtig_ & <script>alert(1)</script>

                - [BAMF](https://www.bamf.de/?a=1&b=2)
                - Punkt zwei"""));

        assertThat(html).containsExactly("""
                Die <b>Blaue Karte</b> ist <i>wichtig</i> &amp; &lt;script&gt;alert(1)&lt;/script&gt;

                • <a href="https://www.bamf.de/?a=1&amp;b=2">BAMF</a>
                • Punkt zwei""");
    }

    @Test
    void anUnsafeLinkStaysText() {
        var html = TelegramHtml.render(AnswerMarkup.parse(
                "[click](javascript:alert(1)) [x](http://plain.example) [q](https://a.example/\"onmouseover=x)"));

        assertThat(html.getFirst()).doesNotContain("<a ").contains("[click](javascript:alert(1))")
                .contains("[q](https://a.example/&quot;onmouseover=x)".replace("&quot;", "\""));
    }

    @Test
    void longAnswersSplitBetweenParagraphsWithinTheLimit() {
        String paragraph = "Wort ".repeat(199) + "**Ende**";
        String answer = String.join("\n\n", List.of(paragraph, paragraph, paragraph, paragraph, paragraph));

        var messages = TelegramHtml.render(AnswerMarkup.parse(answer));

        assertThat(messages).hasSizeGreaterThan(1).allSatisfy(m -> {
            assertThat(m.length()).isLessThanOrEqualTo(TelegramHtml.LIMIT);
            assertBalanced(m);
            assertThat(m).doesNotStartWith("\n");
        });
        assertThat(text(messages)).isEqualTo(text(List.of(answer.replace("**", ""))));
    }

    @Test
    void aSingleHugeBoldTextIsCutAtSpacesAndStaysBold() {
        String words = "Aufenthaltserlaubnis & Niederlassungserlaubnis ".repeat(250).strip();

        var messages = TelegramHtml.render(AnswerMarkup.parse("**" + words + "**"), 500);

        assertThat(messages).hasSizeGreaterThan(10).allSatisfy(m -> {
            assertThat(m.length()).isLessThanOrEqualTo(500);
            assertThat(m).startsWith("<b>").endsWith("</b>");
            assertBalanced(m);
            assertThat(m).doesNotContainPattern("&[a-z]*$").doesNotContainPattern("&(?!amp;|lt;|gt;|quot;)");
        });
        assertThat(text(messages).replace(" ", "")).isEqualTo(words.replace(" ", ""));
    }

    @Test
    void linksAreNeverCut() {
        String link = "[" + "Seite ".repeat(40).strip() + "](https://www.example.org/" + "x".repeat(300) + ")";
        String answer = ("Text " + link + " ").repeat(20);

        var messages = TelegramHtml.render(AnswerMarkup.parse(answer), 1000);

        assertThat(messages).allSatisfy(m -> {
            assertBalanced(m);
            assertThat(m.length()).isLessThanOrEqualTo(1000);
        });
        assertThat(String.join("", messages).split("<a ", -1)).hasSize(21);
    }

    @Test
    void emojiAreNotSplitInHalf() {
        var messages = TelegramHtml.render(AnswerMarkup.parse("👍".repeat(3000)), 1001);

        assertThat(messages).allSatisfy(m -> assertThat(Character.isHighSurrogate(m.charAt(m.length() - 1))).isFalse());
        assertThat(String.join("", messages)).isEqualTo("👍".repeat(3000));
    }

    private static void assertBalanced(String html) {
        var open = new ArrayDeque<String>();
        var m = TAG.matcher(html);
        while (m.find()) {
            if (m.group(1).isEmpty()) {
                open.push(m.group(2));
            } else {
                assertThat(open.pop()).as("closing tag in: %s", html).isEqualTo(m.group(2));
            }
        }
        assertThat(open).as("unclosed tags in: %s", html).isEmpty();
    }

    private static String text(List<String> messages) {
        return String.join(" ", messages).replaceAll("<[^>]+>", "").replace("&amp;", "&").replace("•", "")
                .replaceAll("\\s+", " ").strip();
    }
}
