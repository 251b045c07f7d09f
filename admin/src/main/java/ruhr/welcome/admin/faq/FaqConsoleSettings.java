package ruhr.welcome.admin.faq;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.PropertySource;

/**
 * Defaults the FAQ pages need from the web server: a whole-FAQ export (over 1 MB) must fit into an
 * upload. The application's own settings still win.
 */
@Configuration(proxyBeanMethods = false)
@PropertySource("classpath:faq-console-defaults.properties")
class FaqConsoleSettings {
}
