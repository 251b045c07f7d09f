package ruhr.welcome.admin.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** Every console text exists in German and English, and every text a template asks for exists. */
class ConsoleTextsCompletenessTest {

    private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([A-Za-z0-9._-]+)");

    @Test
    void everyBundleHasTheSameKeysInGermanAndEnglish() throws IOException {
        String[] basenames = ConsoleWebConfiguration.bundleBasenames();
        assertThat(basenames).contains("console/messages");
        for (String basename : basenames) {
            Set<String> german = keys(basename + "_de.properties");
            Set<String> english = keys(basename + "_en.properties");
            assertThat(german).as("%s: German keys missing in English", basename).isSubsetOf(english);
            assertThat(english).as("%s: English keys missing in German", basename).isSubsetOf(german);
        }
    }

    @Test
    void everyKeyATemplateUsesExistsInBothLanguages() throws IOException {
        Set<String> german = new TreeSet<>();
        Set<String> english = new TreeSet<>();
        for (String basename : ConsoleWebConfiguration.bundleBasenames()) {
            german.addAll(keys(basename + "_de.properties"));
            english.addAll(keys(basename + "_en.properties"));
        }
        Set<String> used = new TreeSet<>();
        for (Resource template : new PathMatchingResourcePatternResolver().getResources("classpath*:templates/admin/**/*.html")) {
            var matcher = MESSAGE_KEY.matcher(template.getContentAsString(StandardCharsets.UTF_8));
            while (matcher.find()) {
                used.add(matcher.group(1));
            }
        }
        assertThat(used).isNotEmpty();
        assertThat(german).as("keys used by templates, in German").containsAll(used);
        assertThat(english).as("keys used by templates, in English").containsAll(used);
    }

    private static Set<String> keys(String path) throws IOException {
        var properties = new Properties();
        try (var reader = new InputStreamReader(new ClassPathResource(path).getInputStream(), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties.stringPropertyNames();
    }
}
