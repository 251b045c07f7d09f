package ruhr.welcome.knowledge.faq.exchange;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

import ruhr.welcome.knowledge.faq.FaqEntryRepository;

/**
 * A new installation starts with the FAQ we ship (classpath {@code faq/*.json}), so the bot
 * answers from the first minute; an FAQ that already has entries is never touched.
 */
@Component
@Order(0)
class StarterContent implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(StarterContent.class);
    static final String LOCATION = "classpath*:faq/*.json";

    private final FaqEntryRepository entries;
    private final FaqImporter importer;
    private final FaqProperties properties;

    StarterContent(FaqEntryRepository entries, FaqImporter importer, FaqProperties properties) {
        this.entries = entries;
        this.importer = importer;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.starterContent() || entries.count() > 0) {
            return;
        }
        var report = importer.importFile(load(), false);
        log.info("Empty FAQ: imported {} starter entries", report.created().size());
    }

    /** All shipped files as one document, so city entries may refer to regional ones in another file. */
    static FaqFile load() {
        var reader = new FaqFileReader();
        var all = new ArrayList<FaqFile.Entry>();
        try {
            Resource[] files = new PathMatchingResourcePatternResolver().getResources(LOCATION);
            Arrays.sort(files, Comparator.comparing(Resource::getFilename));
            for (Resource file : files) {
                all.addAll(reader.read(file.getContentAsString(StandardCharsets.UTF_8)).entries());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the starter FAQ", e);
        }
        return new FaqFile(FaqFile.FORMAT, all);
    }
}
