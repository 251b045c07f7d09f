package ruhr.welcome;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

import ruhr.welcome.bot.startup.BenchCommands;
import ruhr.welcome.bot.startup.StartupFailure;

/** The welcome.ruhr guide bot: one process serving the channels, the conversations and the console. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class WelcomeBotApplication {

    public static void main(String[] args) {
        if (args.length > 0 && BenchCommands.handles(args[0])) {
            System.exit(BenchCommands.run(args));
        }
        try {
            SpringApplication.run(WelcomeBotApplication.class, args);
        } catch (Throwable failure) {
            StartupFailure.report(failure, System.err);
            System.exit(1);
        }
    }
}
