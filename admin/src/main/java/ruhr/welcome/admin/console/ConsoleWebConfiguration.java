package ruhr.welcome.admin.console;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/** The console speaks German and English, chosen by the browser; German for everything else. */
@Configuration
class ConsoleWebConfiguration {

    static final List<Locale> LANGUAGES = List.of(Locale.GERMAN, Locale.ENGLISH);

    @Bean
    MessageSource messageSource() {
        var messages = new ResourceBundleMessageSource();
        // features in other modules bring their own console texts under console/
        messages.setBasenames("console/messages", "console/guides");
        messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    @Bean
    LocaleResolver localeResolver() {
        var resolver = new AcceptHeaderLocaleResolver();
        resolver.setSupportedLocales(LANGUAGES);
        resolver.setDefaultLocale(Locale.GERMAN);
        return resolver;
    }
}
