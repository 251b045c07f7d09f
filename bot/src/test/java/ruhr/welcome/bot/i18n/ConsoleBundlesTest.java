package ruhr.welcome.bot.i18n;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bot module's console pages (guides, requests, figures, services) speak German and English:
 * every bundle has the same keys in both and in its default file, and every key a template of the
 * console asks for exists. (The admin module's test cannot see this module's files.)
 */
class ConsoleBundlesTest {

    private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([A-Za-z0-9._-]+)");
    private static final PathMatchingResourcePatternResolver RESOURCES = new PathMatchingResourcePatternResolver();

    @Test
    void eachBundleHasTheSameKeysInGermanEnglishAndItsDefault() throws IOException {
        for (String basename : new String[] {"console/guides", "console/referrals"}) {
            Set<String> english = keys("classpath:" + basename + "_en.properties");
            assertThat(english).as(basename).isNotEmpty();
            assertThat(keys("classpath:" + basename + "_de.properties")).as("%s in German", basename).isEqualTo(english);
            assertThat(keys("classpath:" + basename + ".properties")).as("%s by default", basename).isEqualTo(english);
        }
    }

    /** All console bundles share one message source: a key in two of them would show the other's text. */
    @Test
    void noKeyIsDefinedByTwoBundles() throws IOException {
        var owner = new java.util.HashMap<String, String>();
        var twice = new TreeSet<String>();
        for (Resource bundle : RESOURCES.getResources("classpath*:console/*_en.properties")) {
            for (String key : keys(bundle)) {
                String before = owner.putIfAbsent(key, bundle.getFilename());
                if (before != null) {
                    twice.add(key + " in " + before + " and " + bundle.getFilename());
                }
            }
        }
        assertThat(owner).containsKeys("nav.guides", "nav.referrals", "home.title");
        assertThat(twice).isEmpty();
    }

    @Test
    void everyKeyTheConsoleTemplatesUseExistsInBothLanguages() throws IOException {
        Set<String> german = new TreeSet<>();
        Set<String> english = new TreeSet<>();
        for (Resource bundle : RESOURCES.getResources("classpath*:console/*_de.properties")) {
            german.addAll(keys(bundle));
        }
        for (Resource bundle : RESOURCES.getResources("classpath*:console/*_en.properties")) {
            english.addAll(keys(bundle));
        }
        Set<String> used = new TreeSet<>();
        for (Resource template : RESOURCES.getResources("classpath*:templates/admin/**/*.html")) {
            var matcher = MESSAGE_KEY.matcher(template.getContentAsString(StandardCharsets.UTF_8));
            while (matcher.find()) {
                used.add(matcher.group(1));
            }
        }
        assertThat(used).contains("handoff-figures.pickup", "referrals.title", "guides.save", "handoffs.pseudonym");
        assertThat(german).as("keys used by templates, in German").containsAll(used);
        assertThat(english).as("keys used by templates, in English").containsAll(used);
        // keys templates build at run time
        for (String status : new String[] {"active", "paused", "setup", "left", "deactivated"}) {
            assertThat(german).contains("guides.status." + status);
            assertThat(english).contains("guides.status." + status);
        }
        for (var area : ruhr.welcome.bot.referral.ReferralArea.values()) {
            assertThat(german).contains("referrals.area." + area.id());
            assertThat(english).contains("referrals.area." + area.id());
        }
        for (String key : new String[] {"guides.error.name", "guides.error.languages", "guides.error.unknown", "guides.error.times",
                "guides.error.no-times", "guides.error.overlap", "guides.error.max", "guides.error.changed", "guides.error.state",
                "guides.not-editable", "handoff-figures.error.filter", "handoff-figures.total", "guides.region", "referrals.error.name",
                "referrals.error.areas", "referrals.error.city", "referrals.error.contact", "referrals.error.phone",
                "referrals.error.url", "referrals.error.languages", "referrals.error.own-city", "referrals.error.changed"}) {
            assertThat(german).contains(key);
            assertThat(english).contains(key);
        }
    }

    private static Set<String> keys(String location) throws IOException {
        return keys(RESOURCES.getResource(location));
    }

    private static Set<String> keys(Resource resource) throws IOException {
        var properties = new Properties();
        try (var reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties.stringPropertyNames();
    }
}
