/**
 * FAQ search. {@link ruhr.welcome.knowledge.search.FaqIndex} holds the published entries in an
 * in-memory Lucene index (rebuilt wholesale or refreshed per entry, searched through a
 * SearcherManager) and answers {@code search(text, lang, city, limit)} with
 * {@link ruhr.welcome.knowledge.search.SearchHit}s.
 *
 * <p>Per entry the index keeps, per language: question + alternates, answer, character grams of the
 * question, and answer passages headed by the question; plus one folded field with every language's
 * text. A query is analysed in its language (ICU segmentation, stop words, stemming, ICU folding,
 * query-side synonyms) and scored by several components summed per entry (see {@code RankingWeights});
 * the cross-language component uses only the query's distinctive words (names, numbers, loan words), so
 * an entry without text in the query's language is still found. Synonyms are the shipped groups plus the
 * groups editors keep in the database ({@link ruhr.welcome.knowledge.search.SearchSynonyms}); a change
 * rebuilds the index after its commit. Development bench:
 * {@code ruhr.welcome.knowledge.search.eval.FaqEvaluation}.
 */
package ruhr.welcome.knowledge.search;
