package ruhr.welcome.bot.startup;

import java.util.Arrays;
import java.util.List;

import ruhr.welcome.knowledge.language.eval.LangIdEvaluation;

/**
 * The quality benchmarks, run from the same jar without starting a server or a database:
 * {@code java -jar welcome-bot.jar eval-langid --data DIR}.
 */
public final class BenchCommands {

    private BenchCommands() {
    }

    public static boolean handles(String command) {
        return command.equals("eval-langid");
    }

    public static int run(String[] args) {
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        return switch (args[0]) {
            case "eval-langid" -> LangIdEvaluation.run(rest, System.out);
            default -> throw new IllegalArgumentException("unknown command " + args[0]);
        };
    }
}
