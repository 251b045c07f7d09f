package ruhr.welcome.admin.console;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/** The console speaks German and English, chosen by the browser; German for everything else. */
@Configuration
class ConsoleWebConfiguration {

    static final List<Locale> LANGUAGES = List.of(Locale.GERMAN, Locale.ENGLISH);

    @Bean
    MessageSource messageSource() throws IOException {
        var messages = new ResourceBundleMessageSource();
        // every feature, in any module, brings its own console texts as console/<feature>.properties
        messages.setBasenames(bundleBasenames());
        messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    /** The base names of all console bundles on the class path ({@code console/guides} for guides_de.properties). */
    static String[] bundleBasenames() throws IOException {
        var found = new TreeSet<String>();
        for (Resource bundle : new PathMatchingResourcePatternResolver().getResources("classpath*:console/*.properties")) {
            String name = bundle.getFilename();
            if (name != null) {
                found.add("console/" + name.replaceFirst("(_[a-z]{2})?\\.properties$", ""));
            }
        }
        return found.toArray(String[]::new);
    }

    @Bean
    LocaleResolver localeResolver() {
        var resolver = new AcceptHeaderLocaleResolver();
        resolver.setSupportedLocales(LANGUAGES);
        resolver.setDefaultLocale(Locale.GERMAN);
        return resolver;
    }
}
