package ruhr.welcome.knowledge.search.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FaqEvaluationTest {

    @TempDir
    Path dir;

    private void writeTinyFolder() throws IOException {
        Files.writeString(dir.resolve("faq.jsonl"), String.join("\n",
                "{\"id\":\"e1\",\"lang\":\"en\",\"question\":\"Blue Card\",\"answer\":\"The Blue Card is for skilled workers.\"}",
                "{\"id\":\"e1\",\"lang\":\"de\",\"question\":\"Blaue Karte\",\"answer\":\"Die Blaue Karte ist für Fachkräfte.\"}",
                "{\"id\":\"e2\",\"lang\":\"en\",\"question\":\"Tax ID\",\"answer\":\"The tax office sends the tax ID by post.\"}",
                "{\"id\":\"e2\",\"lang\":\"de\",\"question\":\"Steuer-ID\",\"answer\":\"Das Finanzamt schickt die Steuer-ID per Post.\"}",
                "{\"id\":\"e3\",\"lang\":\"en\",\"question\":\"Kindergarten\",\"answer\":\"Apply for a kindergarten place online.\"}",
                "{\"id\":\"e3\",\"lang\":\"de\",\"question\":\"Kita\",\"answer\":\"Einen Kita-Platz beantragt man online.\"}"),
                StandardCharsets.UTF_8);
        List<String> queries = new ArrayList<>();
        String[][] q = {{"who gets the blue card", "en", "e1"}, {"Blaue Karte für wen", "de", "e1"},
                {"tax id by post", "en", "e2"}, {"Steuer-ID Post", "de", "e2"}, {"kindergarten place", "en", "e3"}};
        for (int i = 0; i < q.length; i++) {
            queries.add("{\"qid\":\"q" + i + "\",\"query\":\"" + q[i][0] + "\",\"lang\":\"" + q[i][1]
                    + "\",\"relevant\":[\"" + q[i][2] + "\"],\"split\":\"" + (i % 2 == 0 ? "train" : "dev") + "\"}");
        }
        Files.writeString(dir.resolve("queries.jsonl"), String.join("\n", queries), StandardCharsets.UTF_8);
    }

    private static String run(List<String> args, java.util.function.Function<String, String> detect, int expectedExit) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int exit = FaqEvaluation.run(args, new PrintStream(bytes, true, StandardCharsets.UTF_8), detect);
        assertThat(exit).isEqualTo(expectedExit);
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void printsPerLanguageThenOverallAndDecisionLines() throws IOException {
        writeTinyFolder();
        String out = run(List.of("--data", dir.toString(), "--lang-given"), text -> "xx", 0);
        List<String> lines = out.lines().toList();
        assertThat(lines).anyMatch(l -> l.matches("lang=de R@1=\\d\\.\\d{3} R@3=\\d\\.\\d{3} MRR@10=\\d\\.\\d{3} n=2"));
        assertThat(lines).anyMatch(l -> l.matches("lang=en R@1=\\d\\.\\d{3} R@3=\\d\\.\\d{3} MRR@10=\\d\\.\\d{3} n=3"));
        String overall = lines.get(lines.size() - 2);
        String decision = lines.getLast();
        assertThat(overall).matches(
                "overall R@1=\\d\\.\\d{3} R@3=\\d\\.\\d{3} MRR@10=\\d\\.\\d{3} n=5 p50_ms=\\d+\\.\\d{2} p99_ms=\\d+\\.\\d{2}");
        assertThat(decision).matches(
                "decision answer_rate=\\d\\.\\d{3} answer_precision=\\d\\.\\d{3} unanswerable_false_answer_rate=\\d\\.\\d{3}");
        assertThat(overall).contains("R@3=1.000");
    }

    @Test
    void dumpWritesEachQuerysRankAndTopCandidates() throws IOException {
        writeTinyFolder();
        Path dump = dir.resolve("ranks.tsv");
        run(List.of("--data", dir.toString(), "--lang-given", "--dump", dump.toString()), text -> "xx", 0);
        List<String> lines = Files.readAllLines(dump);
        assertThat(lines).hasSize(5);
        assertThat(lines.getFirst()).startsWith("q0\ten\ttrain\t").contains("e1@");
    }

    @Test
    void withoutLangGivenTheDetectorDecides() throws IOException {
        writeTinyFolder();
        AtomicInteger calls = new AtomicInteger();
        run(List.of("--data", dir.toString()), text -> {
            calls.incrementAndGet();
            return "en";
        }, 0);
        assertThat(calls.get()).isGreaterThanOrEqualTo(5);
    }

    @Test
    void theUnanswerableSampleIsFixed() throws IOException {
        writeTinyFolder();
        BenchmarkFolder data = BenchmarkFolder.load(dir);
        assertThat(FaqEvaluation.unanswerableSample(data.queries()))
                .isEqualTo(FaqEvaluation.unanswerableSample(data.queries().reversed()))
                .hasSize(1);
    }

    @Test
    void badArgumentsAreReported() {
        assertThat(run(List.of("--data"), t -> null, 2)).contains("usage: eval-faq");
        assertThat(run(List.of("--data", dir.resolve("missing").toString()), t -> null, 2)).contains("no faq.jsonl");
        assertThat(run(List.of(), t -> null, 2)).contains("usage");
    }
}
