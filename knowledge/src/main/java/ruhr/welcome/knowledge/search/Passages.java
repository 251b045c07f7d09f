package ruhr.welcome.knowledge.search;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Cuts an answer into overlapping windows of whole sentences. */
final class Passages {

    static final int TARGET_CHARS = 350;

    private Passages() {
    }

    static List<String> split(String text) {
        List<String> sentences = sentences(text);
        List<String> passages = new ArrayList<>();
        int start = 0;
        while (start < sentences.size()) {
            StringBuilder window = new StringBuilder();
            int end = start;
            while (end < sentences.size() && (window.isEmpty() || window.length() + sentences.get(end).length() <= TARGET_CHARS)) {
                window.append(sentences.get(end)).append(' ');
                end++;
            }
            passages.add(window.toString().strip());
            if (end >= sentences.size()) {
                break;
            }
            // Overlap by one sentence so a detail split across a window border is still found whole.
            start = Math.max(start + 1, end - 1);
        }
        return passages;
    }

    private static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        for (String paragraph : text.split("\\n+")) {
            BreakIterator it = BreakIterator.getSentenceInstance(Locale.ROOT);
            it.setText(paragraph);
            int start = it.first();
            for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
                String s = paragraph.substring(start, end).strip();
                if (!s.isEmpty()) {
                    out.add(s);
                }
            }
        }
        return out;
    }
}
