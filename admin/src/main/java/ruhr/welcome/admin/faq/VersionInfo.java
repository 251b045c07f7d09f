package ruhr.welcome.admin.faq;

import java.time.Instant;

/**
 * One saved version of an entry, newest first in a history.
 *
 * @param action {@code create update status restore delete proposal import}
 */
public record VersionInfo(String key, int revision, String action, String actor, Instant at) {
}
