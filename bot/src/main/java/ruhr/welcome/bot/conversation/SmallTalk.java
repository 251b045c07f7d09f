package ruhr.welcome.bot.conversation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Recognises messages that greet, thank or acknowledge ("hi", "Merhaba!", "danke", "ok", "👍", "12")
 * without asking anything. Searching the FAQ for them only produces "no answer" or random entries,
 * and logging them would fill the editors' gaps inbox with noise.
 */
@Component
class SmallTalk {

    enum Kind { GREETING, THANKS, NUDGE }

    /** @param lang the language a greeting word belongs to when only one language uses it, else null */
    record Heard(Kind kind, String lang) {
    }

    private record Word(Kind kind, Set<String> langs) {
    }

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}’]+");
    private static final int MAX_LENGTH = 60;

    private final Map<String, Word> words;

    SmallTalk() {
        this.words = load("smalltalk/words.txt");
    }

    Optional<Heard> hear(String text) {
        String normal = CrisisSignals.normal(text).strip();
        if (normal.isEmpty() || normal.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        Kind kind = Kind.NUDGE;
        String lang = null;
        var matcher = WORD.matcher(normal);
        while (matcher.find()) {
            Word word = words.get(matcher.group());
            if (word == null) {
                return Optional.empty(); // a word that is not small talk: a question, however short
            }
            if (word.kind() == Kind.GREETING && lang == null && word.langs().size() == 1 && !word.langs().contains("*")) {
                lang = word.langs().iterator().next();
            }
            kind = stronger(kind, word.kind());
        }
        return Optional.of(new Heard(kind, lang));
    }

    /** A greeting is answered as one even with "thanks" or "ok" in it; thanks beat a bare acknowledgement. */
    private static Kind stronger(Kind a, Kind b) {
        return a == Kind.GREETING || b == Kind.GREETING ? Kind.GREETING
                : a == Kind.THANKS || b == Kind.THANKS ? Kind.THANKS : Kind.NUDGE;
    }

    private static Map<String, Word> load(String resource) {
        Map<String, Kind> kinds = new HashMap<>();
        Map<String, Set<String>> langs = new HashMap<>();
        try (var reader = new BufferedReader(new InputStreamReader(new ClassPathResource(resource).getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line; (line = reader.readLine()) != null; ) {
                String[] parts = line.split("\t");
                if (line.startsWith("#") || parts.length != 3) {
                    continue;
                }
                Kind kind = switch (parts[1]) {
                    case "greeting" -> Kind.GREETING;
                    case "thanks" -> Kind.THANKS;
                    case "filler" -> Kind.NUDGE;
                    default -> throw new IllegalStateException("unknown kind in " + resource + ": " + parts[1]);
                };
                for (String word : parts[2].split(" ")) {
                    String normal = CrisisSignals.normal(word);
                    kinds.merge(normal, kind, SmallTalk::stronger);
                    langs.computeIfAbsent(normal, w -> new HashSet<>()).add(parts[0]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Word> out = new HashMap<>();
        kinds.forEach((word, kind) -> out.put(word, new Word(kind, Set.copyOf(langs.get(word)))));
        return Map.copyOf(out);
    }
}
