package ruhr.welcome;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The admin module alone, for its tests; the runnable application lives in the bot module. */
@SpringBootApplication
@ConfigurationPropertiesScan
class AdminTestApplication {
}
