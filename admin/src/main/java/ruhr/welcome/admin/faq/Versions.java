package ruhr.welcome.admin.faq;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import ruhr.welcome.admin.security.AuditLog;
import ruhr.welcome.knowledge.faq.exchange.FaqFile;
import ruhr.welcome.knowledge.faq.exchange.FaqFileMapping;

/** Writes what every change leaves behind: the entry's next version and the audit log entry. */
@Component
class Versions {

    private final FaqEntryVersionRepository versions;
    private final AuditLog audit;

    Versions(FaqEntryVersionRepository versions, AuditLog audit) {
        this.versions = versions;
        this.audit = audit;
    }

    /**
     * @param before the entry before the change, null for a creation
     * @param after  the entry after it, null for a deletion
     */
    @Transactional(propagation = Propagation.MANDATORY)
    void record(String actor, String action, FaqFile.Entry before, FaqFile.Entry after) {
        String key = after != null ? after.key() : before.key();
        String beforeJson = before == null ? null : FaqFileMapping.toJson(before);
        String afterJson = after == null ? null : FaqFileMapping.toJson(after);
        versions.save(new FaqEntryVersion(key, versions.lastRevision(key) + 1, action, actor,
                afterJson != null ? afterJson : beforeJson));
        audit.record(actor, "faq." + action, "faq:" + key, beforeJson, afterJson);
    }
}
