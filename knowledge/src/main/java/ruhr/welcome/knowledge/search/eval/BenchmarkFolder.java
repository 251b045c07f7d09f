package ruhr.welcome.knowledge.search.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import ruhr.welcome.knowledge.faq.FaqDocument;

/**
 * A benchmark folder: {@code faq.jsonl} (one line per entry and language, lines sharing {@code id} are
 * one entry) and {@code queries.jsonl}. Benchmark entries are regional and have no alternates.
 */
record BenchmarkFolder(Path dir, List<FaqDocument> entries, List<BenchQuery> queries) {

    record BenchQuery(String qid, String query, String lang, Set<String> relevant, String split) {
    }

    static BenchmarkFolder load(Path dir) {
        JsonMapper json = JsonMapper.shared();
        Map<String, Map<String, FaqDocument.Text>> texts = new LinkedHashMap<>();
        for (JsonNode line : lines(json, dir.resolve("faq.jsonl"))) {
            texts.computeIfAbsent(line.get("id").asString(), id -> new LinkedHashMap<>())
                    .put(line.get("lang").asString(),
                            new FaqDocument.Text(line.get("question").asString(), List.of(), line.get("answer").asString()));
        }
        List<FaqDocument> entries = new ArrayList<>();
        texts.forEach((id, t) -> entries.add(new FaqDocument(id, null, null, Set.of(), Set.of(), t)));
        List<BenchQuery> queries = new ArrayList<>();
        for (JsonNode line : lines(json, dir.resolve("queries.jsonl"))) {
            List<String> relevant = new ArrayList<>();
            line.get("relevant").forEach(r -> relevant.add(r.asString()));
            JsonNode split = line.get("split");
            queries.add(new BenchQuery(line.get("qid").asString(), line.get("query").asString(),
                    line.get("lang").asString(), Set.copyOf(relevant), split == null ? "all" : split.asString()));
        }
        return new BenchmarkFolder(dir, List.copyOf(entries), List.copyOf(queries));
    }

    private static List<JsonNode> lines(JsonMapper json, Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                    .filter(l -> !l.isBlank()).map(json::readTree).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
