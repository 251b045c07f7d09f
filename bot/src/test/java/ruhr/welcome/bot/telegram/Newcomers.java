package ruhr.welcome.bot.telegram;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import ruhr.welcome.bot.telegram.FakeBotApi.Updates;

/**
 * Simulated newcomers for the load benchmark. Each one starts with /start, then mostly asks
 * questions from the shipped starter FAQ in their own language (sometimes in another), taps a
 * button of the last reply now and then, and uses a command occasionally. Like a person, a
 * newcomer waits for the answer and reads it before writing again, so every update has exactly
 * one reply to wait for and latencies can be attributed without guessing.
 */
final class Newcomers {

    private static final String[] COMMANDS = {"/help", "/menu", "/privacy", "/city", "/language"};

    /** One simulated person in one private chat. */
    static final class Newcomer {
        final long chatId;
        final String lang;
        /** When the update now waiting for its reply was offered (nanoTime), 0 when none waits. */
        final AtomicLong waitingSince = new AtomicLong();
        volatile boolean measured;
        /** Reading the last reply until then (nanoTime). */
        volatile long idleFrom;
        volatile List<String> buttons = List.of();
        int sent;

        Newcomer(long chatId, String lang) {
            this.chatId = chatId;
            this.lang = lang;
        }
    }

    private final List<Newcomer> people = new ArrayList<>();
    private final Map<Long, Newcomer> byChat = new HashMap<>();
    private final Map<String, List<String>> questions;
    private final List<String> languages;
    private final Random random = new Random(42);

    Newcomers(int count) {
        this.questions = starterQuestions();
        this.languages = List.copyOf(questions.keySet());
        for (int i = 0; i < count; i++) {
            var person = new Newcomer(700_000L + i, languages.get(i % languages.size()));
            people.add(person);
            byChat.put(person.chatId, person);
        }
    }

    List<String> languages() {
        return languages;
    }

    int questionCount() {
        return questions.values().stream().mapToInt(List::size).sum();
    }

    Newcomer byChat(long chatId) {
        return byChat.get(chatId);
    }

    List<Newcomer> all() {
        return people;
    }

    /** A newcomer who waits for nothing and has read their last reply, or null when all are busy. */
    Newcomer pickIdle(long now) {
        for (int attempt = 0; attempt < 200; attempt++) {
            Newcomer person = people.get(random.nextInt(people.size()));
            if (person.waitingSince.get() == 0 && person.idleFrom <= now) {
                return person;
            }
        }
        return null;
    }

    /** What this newcomer does next: the realistic mix of commands, questions and button taps. */
    ObjectNode nextUpdate(Newcomer person) {
        int roll = random.nextInt(100);
        person.sent++;
        if (person.sent == 1) {
            return Updates.text(person.chatId, person.lang, roll < 30 ? "/start lang-" + person.lang : "/start");
        }
        List<String> buttons = person.buttons;
        if (roll < 25 && !buttons.isEmpty()) {
            return Updates.callback(person.chatId, buttons.get(random.nextInt(buttons.size())));
        }
        if (roll < 32) {
            return Updates.text(person.chatId, person.lang, COMMANDS[random.nextInt(COMMANDS.length)]);
        }
        String lang = roll < 42 ? languages.get(random.nextInt(languages.size())) : person.lang;
        List<String> asked = questions.get(lang);
        return Updates.text(person.chatId, person.lang, asked.get(random.nextInt(asked.size())));
    }

    /** The buttons a newcomer may tap next: all of the last reply's, except deleting their data. */
    static List<String> buttonsOf(JsonNode sendMessage) {
        var found = new ArrayList<String>();
        for (JsonNode row : sendMessage.at("/reply_markup/inline_keyboard")) {
            for (JsonNode button : row) {
                String data = button.path("callback_data").asText("");
                if (!data.isEmpty() && !data.startsWith("f:")) {
                    found.add(data);
                }
            }
        }
        return found;
    }

    /** Every question and alternate wording of the starter FAQ, by language. */
    private static Map<String, List<String>> starterQuestions() {
        Map<String, List<String>> byLang = new java.util.TreeMap<>();
        try {
            for (Resource file : new PathMatchingResourcePatternResolver().getResources("classpath*:faq/*.json")) {
                try (InputStream in = file.getInputStream()) {
                    for (JsonNode entry : FakeBotApi.JSON.readTree(in).path("entries")) {
                        entry.path("texts").properties().forEach(text -> {
                            var list = byLang.computeIfAbsent(text.getKey(), l -> new ArrayList<>());
                            list.add(text.getValue().path("question").asText());
                            text.getValue().path("alternates").forEach(a -> list.add(a.asText()));
                        });
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (byLang.isEmpty()) {
            throw new IllegalStateException("no starter FAQ on the classpath");
        }
        return byLang;
    }
}
