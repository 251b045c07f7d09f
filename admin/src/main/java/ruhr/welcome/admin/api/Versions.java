package ruhr.welcome.admin.api;

/** The version a change is based on: from the body or the query, else from {@code If-Match}. */
final class Versions {

    private Versions() {
    }

    static int required(Integer given, String ifMatch) {
        if (given != null) {
            return given;
        }
        if (ifMatch != null) {
            String tag = ifMatch.strip();
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            tag = tag.replace("\"", "");
            if (tag.matches("\\d{1,9}")) {
                return Integer.parseInt(tag);
            }
            throw ApiErrors.InvalidInput.field("If-Match", "must be the entry's ETag, e.g. \"3\"");
        }
        throw ApiErrors.InvalidInput.field("version", "is missing: send the version you read (or If-Match with the ETag)");
    }
}
