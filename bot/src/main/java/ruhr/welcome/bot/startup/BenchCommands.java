package ruhr.welcome.bot.startup;

import java.util.Arrays;
import java.util.List;

import ruhr.welcome.knowledge.language.LanguageDetector;
import ruhr.welcome.knowledge.language.LanguageGuess;
import ruhr.welcome.knowledge.language.eval.LangIdEvaluation;
import ruhr.welcome.knowledge.search.eval.FaqEvaluation;

/**
 * The quality benchmarks, run from the same jar without starting a server or a database:
 * {@code java -jar welcome-bot.jar eval-langid --data DIR} and {@code eval-faq --data DIR [--lang-given]}.
 */
public final class BenchCommands {

    private BenchCommands() {
    }

    public static boolean handles(String command) {
        return command.equals("eval-langid") || command.equals("eval-faq");
    }

    public static int run(String[] args) {
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        return switch (args[0]) {
            case "eval-langid" -> LangIdEvaluation.run(rest, System.out);
            case "eval-faq" -> evalFaq(rest);
            default -> throw new IllegalArgumentException("unknown command " + args[0]);
        };
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
