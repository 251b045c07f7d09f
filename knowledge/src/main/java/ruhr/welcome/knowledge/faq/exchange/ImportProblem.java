package ruhr.welcome.knowledge.faq.exchange;

/**
 * One reason a file cannot be imported, precise enough for an editor to fix it.
 *
 * @param entryKey the entry's key, or its position ("#3") when it has no usable key; null for the file
 * @param lang     the language of the text concerned, or null
 * @param field    the field name, e.g. {@code answer} or {@code links[1].url}
 * @param reason   what is wrong, in plain words
 */
public record ImportProblem(String entryKey, String lang, String field, String reason) {

    @Override
    public String toString() {
        var where = new StringBuilder(entryKey == null ? "file" : "entry " + entryKey);
        if (lang != null) {
            where.append(" [").append(lang).append(']');
        }
        if (field != null) {
            where.append(' ').append(field);
        }
        return where + ": " + reason;
    }
}
