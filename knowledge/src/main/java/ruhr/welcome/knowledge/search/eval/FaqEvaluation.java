package ruhr.welcome.knowledge.search.eval;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import ruhr.welcome.knowledge.answer.Answer;
import ruhr.welcome.knowledge.answer.AnswerService;
import ruhr.welcome.knowledge.answer.Decision;
import ruhr.welcome.knowledge.answer.Question;
import ruhr.welcome.knowledge.faq.FaqDocument;
import ruhr.welcome.knowledge.search.FaqIndex;

/**
 * {@code eval-faq --data DIR [--data DIR ...] [--lang-given]}: FAQ retrieval and answer decisions
 * measured with the production index and answer code, no server, no database.
 *
 * <p>Per folder it prints per-language and per-split lines, then
 * {@code overall R@1 R@3 MRR@10 n p50_ms p99_ms} and
 * {@code decision answer_rate answer_precision unanswerable_false_answer_rate}. The last figure
 * re-runs a fixed, seeded 20% of the queries against an index without their relevant entries and
 * counts how often the bot still answers directly. Latency is per query, including language detection,
 * after a warm-up. Without {@code --lang-given} the language comes from {@code detectLanguage}.
 * For development, {@code --dump FILE} writes one line per query: qid, language, split, rank of the
 * relevant entry (0 beyond ten), decision and the top five candidates with their scores.
 */
public final class FaqEvaluation {

    static final long UNANSWERABLE_SEED = 20_261_121L;
    static final double UNANSWERABLE_SHARE = 0.2;
    /** Queries run once before timing, so the JIT has compiled the search path. */
    private static final int WARM_UP = 1000;

    private FaqEvaluation() {
    }

    public static int run(List<String> args, PrintStream out, Function<String, String> detectLanguage) {
        List<Path> folders = new ArrayList<>();
        boolean langGiven = false;
        boolean fit = false;
        Path dump = null;
        for (int i = 0; i < args.size(); i++) {
            switch (args.get(i)) {
                case "--data" -> {
                    if (i + 1 >= args.size()) {
                        return usage(out, "--data needs a folder");
                    }
                    folders.add(Path.of(args.get(++i)));
                }
                case "--lang-given" -> langGiven = true;
                case "--fit-confidence" -> fit = true; // development: print fitted coefficients
                case "--dump" -> { // development: one line per query with its rank and top candidates
                    if (i + 1 >= args.size()) {
                        return usage(out, "--dump needs a file");
                    }
                    dump = Path.of(args.get(++i));
                }
                default -> {
                    return usage(out, "unknown argument: " + args.get(i));
                }
            }
        }
        if (folders.isEmpty()) {
            return usage(out, "at least one --data folder is needed");
        }
        for (Path folder : folders) {
            if (!Files.isRegularFile(folder.resolve("faq.jsonl")) || !Files.isRegularFile(folder.resolve("queries.jsonl"))) {
                return usage(out, folder + " has no faq.jsonl and queries.jsonl");
            }
        }
        Function<String, String> language = langGiven ? null : detectLanguage;
        if (dump != null) {
            try {
                Files.deleteIfExists(dump);
            } catch (java.io.IOException e) {
                return usage(out, "cannot write " + dump + ": " + e.getMessage());
            }
        }
        for (Path folder : folders) {
            BenchmarkFolder data = BenchmarkFolder.load(folder);
            if (fit) {
                ConfidenceFit.fit(data, out);
            } else {
                evaluate(data, language, out, dump);
            }
        }
        return 0;
    }

    private static void evaluate(BenchmarkFolder data, Function<String, String> detect, PrintStream out, Path dump) {
        out.println("data " + data.dir());
        try (FaqIndex index = new FaqIndex()) {
            index.rebuild(data.entries());
            AnswerService service = new AnswerService(index);
            List<BenchmarkFolder.BenchQuery> queries = data.queries();
            for (int i = 0; i < Math.min(WARM_UP, queries.size()); i++) {
                ask(service, queries.get(i), detect);
            }
            Metrics overall = new Metrics();
            Map<String, Metrics> byLang = new TreeMap<>();
            Map<String, Metrics> bySplit = new TreeMap<>();
            List<Double> millis = new ArrayList<>();
            int answered = 0;
            int answeredRight = 0;
            int clarified = 0;
            int clarifiedRight = 0;
            Map<String, int[]> decisionsBySplit = new TreeMap<>();
            List<String> dumped = new ArrayList<>();
            for (BenchmarkFolder.BenchQuery q : queries) {
                long start = System.nanoTime();
                Answer answer = ask(service, q, detect);
                millis.add((System.nanoTime() - start) / 1e6);
                int rank = rank(answer, q.relevant());
                if (dump != null) {
                    dumped.add(q.qid() + "\t" + q.lang() + "\t" + q.split() + "\t" + rank + "\t" + answer.decision() + "\t"
                            + answer.candidates().stream().limit(5).map(c -> c.key() + "@" + String.format(Locale.ROOT, "%.2f", c.score()))
                            .collect(Collectors.joining(" ")));
                }
                overall.add(rank);
                byLang.computeIfAbsent(q.lang(), l -> new Metrics()).add(rank);
                bySplit.computeIfAbsent(q.split(), s -> new Metrics()).add(rank);
                int[] split = decisionsBySplit.computeIfAbsent(q.split(), s -> new int[3]);
                split[0]++;
                if (answer.decision() == Decision.ANSWER) {
                    answered++;
                    answeredRight += rank == 1 ? 1 : 0;
                    split[1]++;
                    split[2] += rank == 1 ? 1 : 0;
                } else if (answer.decision() == Decision.CLARIFY) {
                    clarified++;
                    clarifiedRight += rank >= 1 && rank <= answer.offered() ? 1 : 0;
                }
            }
            if (dump != null) {
                // one file for all folders: each folder's lines follow the previous one's
                Files.write(dump, dumped, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            }
            byLang.forEach((lang, m) -> out.println("lang=" + lang + " " + m.line()));
            bySplit.forEach((split, m) -> out.println("split=" + split + " " + m.line()));
            decisionsBySplit.forEach((split, d) -> out.printf(Locale.ROOT,
                    "split=%s decision answer_rate=%.3f answer_precision=%.3f%n", split, ratio(d[1], d[0]), ratio(d[2], d[1])));
            out.printf(Locale.ROOT, "clarify clarify_rate=%.3f offered_hit_rate=%.3f none_rate=%.3f%n",
                    ratio(clarified, queries.size()), ratio(clarifiedRight, clarified),
                    ratio(queries.size() - answered - clarified, queries.size()));
            Collections.sort(millis);
            out.printf(Locale.ROOT, "overall %s p50_ms=%.2f p99_ms=%.2f%n", overall.line(),
                    percentile(millis, 0.50), percentile(millis, 0.99));
            double falseAnswers = unanswerableFalseAnswerRate(data, detect);
            out.printf(Locale.ROOT, "decision answer_rate=%.3f answer_precision=%.3f unanswerable_false_answer_rate=%.3f%n",
                    ratio(answered, queries.size()), ratio(answeredRight, answered), falseAnswers);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The fixed, seeded share of queries whose relevant entries are taken out of the index. */
    static List<BenchmarkFolder.BenchQuery> unanswerableSample(List<BenchmarkFolder.BenchQuery> queries) {
        List<BenchmarkFolder.BenchQuery> shuffled = new ArrayList<>(queries);
        shuffled.sort(Comparator.comparing(BenchmarkFolder.BenchQuery::qid));
        Collections.shuffle(shuffled, new Random(UNANSWERABLE_SEED));
        return shuffled.subList(0, (int) Math.round(shuffled.size() * UNANSWERABLE_SHARE));
    }

    static List<FaqDocument> without(List<FaqDocument> entries, List<BenchmarkFolder.BenchQuery> removedFor) {
        Set<String> removed = new HashSet<>();
        removedFor.forEach(q -> removed.addAll(q.relevant()));
        return entries.stream().filter(e -> !removed.contains(e.key())).toList();
    }

    private static double unanswerableFalseAnswerRate(BenchmarkFolder data, Function<String, String> detect)
            throws java.io.IOException {
        List<BenchmarkFolder.BenchQuery> sample = unanswerableSample(data.queries());
        try (FaqIndex index = new FaqIndex()) {
            index.rebuild(without(data.entries(), sample));
            AnswerService service = new AnswerService(index);
            long wrong = sample.stream().filter(q -> ask(service, q, detect).decision() == Decision.ANSWER).count();
            return ratio((int) wrong, sample.size());
        }
    }

    static Answer ask(AnswerService service, BenchmarkFolder.BenchQuery q, Function<String, String> detect) {
        String lang = detect == null ? q.lang() : detect.apply(q.query());
        return service.answer(new Question(q.query(), lang, null));
    }

    private static int rank(Answer answer, Set<String> relevant) {
        for (int i = 0; i < Math.min(10, answer.candidates().size()); i++) {
            if (relevant.contains(answer.candidates().get(i).key())) {
                return i + 1;
            }
        }
        return 0;
    }

    private static double percentile(List<Double> sorted, double p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int i = (int) Math.ceil(p * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(i, sorted.size() - 1)));
    }

    private static double ratio(int count, int of) {
        return of == 0 ? 0 : count / (double) of;
    }

    private static int usage(PrintStream out, String problem) {
        out.println("eval-faq: " + problem);
        out.println("usage: eval-faq --data DIR [--data DIR ...] [--lang-given]");
        return 2;
    }

    /** Development entry point; without --lang-given the language is unknown (all languages alike). */
    public static void main(String[] args) {
        System.exit(run(List.of(args), System.out, text -> null));
    }
}
