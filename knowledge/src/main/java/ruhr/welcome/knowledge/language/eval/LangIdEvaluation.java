package ruhr.welcome.knowledge.language.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import ruhr.welcome.knowledge.language.LanguageDetector;
import ruhr.welcome.knowledge.language.LanguageGuess;

/**
 * {@code eval-langid --data DIR}: accuracy of the production {@link LanguageDetector} (all supported languages,
 * text only, no hints) on {@code DIR/<lang>/{sentences,wordpairs,words}.txt}, one text per line. Folder
 * {@code sr-latn} expects {@code sr}; folder {@code ckb} accepts {@code ckb} or {@code ku}. {@code overall} is the
 * macro average over the folders present; {@code overall-hbs} also counts hr/sr/bs mistaken for each other as
 * right. Starts no server and no database.
 */
public final class LangIdEvaluation {

    static final List<String> KINDS = List.of("sentences", "wordpairs", "words");
    private static final Set<String> HBS = Set.of("hr", "sr", "bs");

    private LangIdEvaluation() {
    }

    public static void main(String[] args) {
        System.exit(run(Arrays.asList(args), System.out));
    }

    /** Runs the evaluation; returns the process exit code (0 ok, 2 bad usage or data). */
    public static int run(List<String> args, PrintStream out) {
        List<String> rest = new ArrayList<>(args);
        if (!rest.isEmpty() && rest.getFirst().equals("eval-langid")) {
            rest.removeFirst();
        }
        int at = rest.indexOf("--data");
        if (at < 0 || at + 1 >= rest.size()) {
            out.println("usage: eval-langid --data DIR   (DIR/<lang>/{sentences,wordpairs,words}.txt)");
            return 2;
        }
        Path data = Path.of(rest.get(at + 1));
        List<Path> folders;
        try (Stream<Path> list = Files.list(data)) {
            folders = list.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            out.println("cannot read " + data + ": " + e.getMessage());
            return 2;
        }
        if (folders.isEmpty()) {
            out.println("no language folders in " + data);
            return 2;
        }
        LanguageDetector detector = new LanguageDetector();
        List<Folder> results = new ArrayList<>();
        for (Path folder : folders) {
            results.add(Folder.read(folder));
        }
        for (Folder f : results) { // warm-up pass: JIT and caches, so the timed pass is representative
            f.all().forEach(detector::detect);
        }
        List<Long> nanos = new ArrayList<>();
        for (Folder f : results) {
            f.evaluate(detector, nanos);
            out.println(f.line());
        }
        double[] overall = new double[KINDS.size()];
        double[] merged = new double[KINDS.size()];
        for (int k = 0; k < KINDS.size(); k++) {
            int kind = k;
            overall[k] = results.stream().filter(f -> f.has(kind)).mapToDouble(f -> f.accuracy(kind, false)).average().orElse(0);
            merged[k] = results.stream().filter(f -> f.has(kind)).mapToDouble(f -> f.accuracy(kind, true)).average().orElse(0);
        }
        long heapMb = usedHeapAfterGc() / (1024 * 1024);
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        long p50 = sorted.length == 0 ? 0 : sorted[sorted.length / 2] / 1000;
        out.println("overall " + figures(overall));
        out.println("overall-hbs " + figures(merged) + " heap_mb=" + heapMb + " p50_us=" + p50);
        return 0;
    }

    private static String figures(double[] values) {
        StringBuilder s = new StringBuilder();
        for (int k = 0; k < KINDS.size(); k++) {
            s.append(k == 0 ? "" : " ").append(KINDS.get(k)).append('=').append(String.format(Locale.ROOT, "%.3f", values[k]));
        }
        return s.toString();
    }

    /** Used heap after repeated full collections: what the loaded models (and the small test texts) hold. */
    static long usedHeapAfterGc() {
        for (int i = 0; i < 4; i++) {
            System.gc();
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** One language folder: its texts per kind and, once evaluated, the counts of right answers. */
    private static final class Folder {
        final String name;
        final String expected;
        final List<List<String>> texts = new ArrayList<>();
        final int[] right = new int[KINDS.size()];
        final int[] rightMerged = new int[KINDS.size()];

        private Folder(String name) {
            this.name = name;
            this.expected = name.equals("sr-latn") ? "sr" : name;
        }

        static Folder read(Path dir) {
            Folder f = new Folder(dir.getFileName().toString());
            for (String kind : KINDS) {
                Path file = dir.resolve(kind + ".txt");
                try {
                    f.texts.add(Files.isRegularFile(file)
                            ? Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).toList()
                            : List.of());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return f;
        }

        Stream<String> all() {
            return texts.stream().flatMap(List::stream);
        }

        boolean has(int kind) {
            return !texts.get(kind).isEmpty();
        }

        void evaluate(LanguageDetector detector, List<Long> nanos) {
            for (int k = 0; k < KINDS.size(); k++) {
                for (String text : texts.get(k)) {
                    long start = System.nanoTime();
                    List<LanguageGuess> guesses = detector.detect(text);
                    nanos.add(System.nanoTime() - start);
                    String got = guesses.isEmpty() ? "" : guesses.getFirst().lang();
                    boolean ok = got.equals(expected) || (expected.equals("ckb") && got.equals("ku"));
                    right[k] += ok ? 1 : 0;
                    rightMerged[k] += ok || (HBS.contains(expected) && HBS.contains(got)) ? 1 : 0;
                }
            }
        }

        double accuracy(int kind, boolean merged) {
            int n = texts.get(kind).size();
            return n == 0 ? 0 : (double) (merged ? rightMerged[kind] : right[kind]) / n;
        }

        String line() {
            StringBuilder s = new StringBuilder(name);
            for (int k = 0; k < KINDS.size(); k++) {
                s.append(' ').append(KINDS.get(k)).append('=')
                        .append(has(k) ? String.format(Locale.ROOT, "%.3f", accuracy(k, false)) : "n/a");
            }
            if (HBS.contains(expected)) {
                s.append(" (hbs merged:");
                for (int k = 0; k < KINDS.size(); k++) {
                    s.append(' ').append(KINDS.get(k)).append('=')
                            .append(has(k) ? String.format(Locale.ROOT, "%.3f", accuracy(k, true)) : "n/a");
                }
                s.append(')');
            }
            return s.toString();
        }
    }
}
