package ruhr.welcome.knowledge.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;

import ruhr.welcome.knowledge.faq.FaqDocument;

/**
 * The in-memory search index of the published FAQ. Thread-safe: searches run on the latest refreshed
 * reader (SearcherManager) while editors' changes are applied one at a time; every change is visible
 * to the next search, without a restart.
 *
 * <p>City scope: a user in city X sees the regional entries and the entries of X, where an entry of X
 * that is {@code variantOf} a regional entry replaces it; entries of other cities are never returned.
 * Without a city, only regional entries are searched.
 */
public final class FaqIndex implements Closeable {

    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final RankingWeights weights;
    private final Map<String, FaqDocument> documents = new ConcurrentHashMap<>();
    private volatile Analyzers analyzers;
    /** city id → keys of regional entries a city entry replaces there. */
    private volatile Map<String, Set<String>> replaced = Map.of();

    public FaqIndex() {
        this(RankingWeights.DEFAULTS);
    }

    FaqIndex(RankingWeights weights) {
        this.weights = weights;
        this.analyzers = new Analyzers(Map.of());
        try {
            IndexWriterConfig config = new IndexWriterConfig(analyzers.indexing())
                    .setSimilarity(IndexSchema.similarity())
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE);
            writer = new IndexWriter(directory, config);
            writer.commit();
            searchers = new SearcherManager(writer, new SearcherFactory() {
                @Override
                public IndexSearcher newSearcher(org.apache.lucene.index.IndexReader reader,
                                                 org.apache.lucene.index.IndexReader previous) {
                    IndexSearcher s = new IndexSearcher(reader);
                    s.setSimilarity(IndexSchema.similarity());
                    return s;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces the whole index; shipped synonyms only. */
    public void rebuild(Collection<FaqDocument> entries) {
        rebuild(entries, Map.of());
    }

    /**
     * Replaces the whole index and the synonyms.
     *
     * @param editorSynonyms per language code, extra Solr-format synonym lines editors defined
     */
    public synchronized void rebuild(Collection<FaqDocument> entries, Map<String, List<String>> editorSynonyms) {
        Analyzers next = new Analyzers(editorSynonyms);
        try {
            writer.deleteAll();
            for (FaqDocument faq : entries) {
                writer.addDocuments(IndexSchema.documents(faq));
            }
            documents.clear();
            entries.forEach(faq -> documents.put(faq.key(), faq));
            analyzers = next;
            refresh();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds the entry or replaces the one with the same key. */
    public synchronized void upsert(FaqDocument faq) {
        try {
            writer.updateDocuments(new Term(IndexSchema.KEY, faq.key()), IndexSchema.documents(faq));
            documents.put(faq.key(), faq);
            refresh();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes the entry; false when there was none with that key. */
    public synchronized boolean remove(String key) {
        try {
            writer.deleteDocuments(new Term(IndexSchema.KEY, key));
            boolean existed = documents.remove(key) != null;
            refresh();
            return existed;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Optional<FaqDocument> document(String key) {
        return Optional.ofNullable(documents.get(key));
    }

    public int size() {
        return documents.size();
    }

    /**
     * Best entries for a question, best first.
     *
     * @param lang the question's language code; null or unsupported searches all languages alike
     * @param city the user's city id, or null
     */
    public List<SearchHit> search(String text, String lang, String city, int limit) {
        if (text == null || text.isBlank() || limit <= 0) {
            return List.of();
        }
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return new FaqSearcher(searcher, analyzers, weights, documents::get)
                        .search(text, lang, scope(city), limit);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Query scope(String city) {
        Query region = new TermQuery(new Term(IndexSchema.CITY, IndexSchema.REGION));
        if (city == null || city.isBlank()) {
            return region;
        }
        Set<String> gone = replaced.getOrDefault(city, Set.of());
        BooleanQuery.Builder regional = new BooleanQuery.Builder().add(region, Occur.FILTER);
        if (!gone.isEmpty()) {
            regional.add(new TermInSetQuery(IndexSchema.KEY, gone.stream().map(BytesRef::new).toList()),
                    Occur.MUST_NOT);
        }
        return new BooleanQuery.Builder()
                .add(regional.build(), Occur.SHOULD)
                .add(new TermQuery(new Term(IndexSchema.CITY, city)), Occur.SHOULD)
                .build();
    }

    private void refresh() throws IOException {
        Map<String, Set<String>> next = new HashMap<>();
        for (FaqDocument faq : documents.values()) {
            if (faq.city() != null && faq.variantOf() != null) {
                next.computeIfAbsent(faq.city(), c -> new HashSet<>()).add(faq.variantOf());
            }
        }
        replaced = Map.copyOf(next);
        searchers.maybeRefreshBlocking();
    }

    @Override
    public synchronized void close() throws IOException {
        searchers.close();
        writer.close();
        directory.close();
    }
}
