package ruhr.welcome.knowledge.search;

/** Editors added or removed a synonym group: whoever owns the index rebuilds it with the new synonyms. */
public record SearchSynonymsChanged(String lang) {
}
