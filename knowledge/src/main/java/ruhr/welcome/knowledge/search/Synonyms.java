package ruhr.welcome.knowledge.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * Synonyms per language: the shipped starter set ({@code /search/synonyms/<lang>.txt}) plus the lines
 * editors added, both in Solr format. Applied on the query side, so a rebuild with new editor lines
 * takes effect at once.
 */
final class Synonyms {

    private Synonyms() {
    }

    /** The synonym map for one language, or null when there are no rules for it. */
    static SynonymMap load(String lang, Map<String, List<String>> editorLines) {
        StringBuilder rules = new StringBuilder(shipped(lang));
        for (String line : editorLines.getOrDefault(lang, List.of())) {
            rules.append('\n').append(line);
        }
        if (rules.toString().lines().allMatch(l -> l.isBlank() || l.strip().startsWith("#"))) {
            return null;
        }
        try (Analyzer analyzer = LanguageAnalysis.synonymRules(lang)) {
            SolrSynonymParser parser = new SolrSynonymParser(true, true, analyzer);
            parser.parse(new StringReader(rules.toString()));
            return parser.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParseException e) {
            throw new IllegalArgumentException("Invalid synonym rule for '" + lang + "': " + e.getMessage(), e);
        }
    }

    private static String shipped(String lang) {
        try (InputStream in = Synonyms.class.getResourceAsStream("/search/synonyms/" + lang + ".txt")) {
            return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
