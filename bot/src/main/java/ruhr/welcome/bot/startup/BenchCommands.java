package ruhr.welcome.bot.startup;

import java.util.Arrays;
import java.util.List;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;

import ruhr.welcome.WelcomeBotApplication;
import ruhr.welcome.bot.guide.MatchingBenchmark;

import ruhr.welcome.knowledge.language.LanguageDetector;
import ruhr.welcome.knowledge.language.LanguageGuess;
import ruhr.welcome.knowledge.language.eval.LangIdEvaluation;
import ruhr.welcome.knowledge.search.eval.FaqEvaluation;

/**
 * The benchmarks, run from the same jar: {@code eval-langid --data DIR} and
 * {@code eval-faq --data DIR [--lang-given]} without a server or a database, and
 * {@code bench-matching [--guides N] [--waiting N]} on a throw-away database.
 */
public final class BenchCommands {

    private BenchCommands() {
    }

    public static boolean handles(String command) {
        return command.equals("eval-langid") || command.equals("eval-faq") || command.equals("bench-matching");
    }

    public static int run(String[] args) {
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        return switch (args[0]) {
            case "eval-langid" -> LangIdEvaluation.run(rest, System.out);
            case "eval-faq" -> evalFaq(rest);
            case "bench-matching" -> benchMatching(rest);
            default -> throw new IllegalArgumentException("unknown command " + args[0]);
        };
    }

    /**
     * Guide matching needs its database: the app starts without web server or channels on a
     * throw-away embedded PostgreSQL, never on a configured one, and seeds it.
     */
    private static int benchMatching(List<String> args) {
        if (System.getenv("SPRING_DATASOURCE_URL") != null) {
            System.err.println("bench-matching seeds its own throw-away database: unset SPRING_DATASOURCE_URL");
            return 2;
        }
        int guides = intOption(args, "--guides", 10_000);
        int waiting = intOption(args, "--waiting", 1_000);
        var app = new SpringApplication(WelcomeBotApplication.class);
        app.setWebApplicationType(WebApplicationType.NONE);
        app.setLogStartupInfo(false);
        try (var context = app.run("--welcome.embedded-db.ephemeral=true", "--welcome.faq.starter-content=false",
                "--logging.level.root=warn")) {
            context.getBean(MatchingBenchmark.class).run(guides, waiting, System.out);
        }
        return 0;
    }

    private static int intOption(List<String> args, String name, int fallback) {
        int at = args.indexOf(name);
        return at >= 0 && at + 1 < args.size() ? Integer.parseInt(args.get(at + 1)) : fallback;
    }

    /** The production detector decides each query's language, as it does in the bot. */
    private static int evalFaq(List<String> args) {
        var detector = new LanguageDetector();
        return FaqEvaluation.run(args, System.out, text -> {
            LanguageGuess best = detector.best(text);
            return best == null ? "de" : best.lang();
        });
    }
}
