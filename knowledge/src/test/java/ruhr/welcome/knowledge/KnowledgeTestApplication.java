package ruhr.welcome.knowledge;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Boot configuration for the knowledge module's slice tests. */
@SpringBootApplication
public class KnowledgeTestApplication {
}
