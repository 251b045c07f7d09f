package ruhr.welcome.knowledge.faq.exchange;

import java.util.Comparator;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import ruhr.welcome.knowledge.faq.FaqEntryRepository;

/** Writes the whole FAQ, drafts included, in the exchange format, sorted by key. */
@Service
public class FaqExporter {

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final FaqEntryRepository entries;

    public FaqExporter(FaqEntryRepository entries) {
        this.entries = entries;
    }

    @Transactional(readOnly = true)
    public FaqFile exportFile() {
        return new FaqFile(FaqFile.FORMAT, entries.findAllWithTexts().stream()
                .sorted(Comparator.comparing(e -> e.getKey()))
                .map(FaqFileMapping::toFile)
                .toList());
    }

    public String exportDocument() {
        return JSON.writeValueAsString(exportFile());
    }
}
