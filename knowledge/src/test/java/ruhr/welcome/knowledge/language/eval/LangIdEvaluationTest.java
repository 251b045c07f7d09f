package ruhr.welcome.knowledge.language.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LangIdEvaluationTest {

    @TempDir
    Path data;

    private void write(String lang, String kind, String... lines) throws IOException {
        Files.createDirectories(data.resolve(lang));
        Files.write(data.resolve(lang).resolve(kind + ".txt"), List.of(lines), StandardCharsets.UTF_8);
    }

    @Test
    void printsPerLanguageLinesAndTheTwoOverallLines() throws IOException {
        write("de", "sentences", "Ich suche eine Wohnung in Bochum.", "Wo ist das Bürgeramt?");
        write("de", "wordpairs", "blaue karte", "deutsch kurs");
        write("de", "words", "wohnung", "krankenversicherung");
        write("en", "sentences", "Where can I register my address?", "How long does the blue card take?");
        write("en", "wordpairs", "health insurance", "job search");
        write("en", "words", "insurance", "university");
        write("sr-latn", "sentences", "Gde mogu da nađem stan u Dortmundu?");
        write("sr-latn", "wordpairs", "poreski broj");
        write("sr-latn", "words", "stanovanje");

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int code = LangIdEvaluation.run(List.of("eval-langid", "--data", data.toString()), new PrintStream(bytes, true, StandardCharsets.UTF_8));
        List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();

        assertThat(code).isZero();
        assertThat(lines).hasSize(5);
        assertThat(lines.get(0)).matches("de sentences=1\\.000 wordpairs=\\d\\.\\d{3} words=\\d\\.\\d{3}");
        assertThat(lines.get(2)).startsWith("sr-latn sentences=").contains("(hbs merged: sentences=1.000");
        assertThat(lines.get(3)).matches("overall sentences=\\d\\.\\d{3} wordpairs=\\d\\.\\d{3} words=\\d\\.\\d{3}");
        assertThat(lines.get(4)).matches(
                "overall-hbs sentences=\\d\\.\\d{3} wordpairs=\\d\\.\\d{3} words=\\d\\.\\d{3} heap_mb=\\d+ p50_us=\\d+");
    }

    @Test
    void missingDataFolderIsAUsageError() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        assertThat(LangIdEvaluation.run(List.of("eval-langid"), new PrintStream(bytes))).isEqualTo(2);
        assertThat(bytes.toString()).contains("usage");
        assertThat(LangIdEvaluation.run(List.of("--data", data.resolve("nope").toString()), new PrintStream(bytes)))
                .isEqualTo(2);
    }
}
