package ruhr.welcome.admin.faq;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ruhr.welcome.admin.security.AuditLog;
import ruhr.welcome.knowledge.faq.EntryStatus;
import ruhr.welcome.knowledge.faq.FaqChanged;
import ruhr.welcome.knowledge.faq.FaqEntry;
import ruhr.welcome.knowledge.faq.FaqEntryRepository;
import ruhr.welcome.knowledge.faq.IllegalStatusChange;
import ruhr.welcome.knowledge.faq.exchange.FaqFile;
import ruhr.welcome.knowledge.faq.exchange.FaqFileMapping;

/**
 * The editors' changes to the FAQ, for the console and the REST API alike. Every change checks who
 * may make it, validates the entry, leaves a version and an audit log entry, and tells the published
 * FAQ to refresh ({@link FaqChanged}) once it is committed.
 *
 * <p>Refusals: {@link FaqEditRefused} (403), {@link FaqEntryNotFound} (404), {@link FaqEditConflict}
 * (409: changed meanwhile), {@link IllegalStatusChange} (409: a workflow step skipped),
 * {@link FaqValidationFailed} (400: per-field problems).
 */
@Service
public class FaqEditing {

    private final FaqEntryRepository entries;
    private final FaqEntryVersionRepository versions;
    private final ChangeRequestRepository requests;
    private final Versions record;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final EntryValidator validator;

    FaqEditing(FaqEntryRepository entries, FaqEntryVersionRepository versions, ChangeRequestRepository requests,
               Versions record, AuditLog audit, ApplicationEventPublisher events) {
        this.entries = entries;
        this.versions = versions;
        this.requests = requests;
        this.record = record;
        this.audit = audit;
        this.events = events;
        this.validator = new EntryValidator(entries);
    }

    @Transactional(readOnly = true)
    public Optional<FaqEntryState> find(String key) {
        return entries.findByKey(key).map(FaqEditing::state);
    }

    /** A new entry, as a draft. */
    @Transactional
    public FaqEntryState create(Actor actor, EntryContent content) {
        return create(actor, content, "create");
    }

    private FaqEntryState create(Actor actor, EntryContent content, String action) {
        content = normalized(content);
        if (!actor.mayChange(content.city())) {
            throw refusal(actor, content.city(), "create");
        }
        validate(content, true);
        FaqEntry entry = new FaqEntry(content.key(), content.lastReviewed());
        FaqFileMapping.apply(content.toFile(FaqFileMapping.status(EntryStatus.DRAFT)), entry);
        return saved(actor, action, null, entry);
    }

    /** Replaces the entry's content; its status stays. Nothing changes when the content is the same. */
    @Transactional
    public FaqEntryState update(Actor actor, String key, int expectedVersion, EntryContent content) {
        content = normalized(content);
        FaqEntry entry = load(key);
        checkVersion(entry, expectedVersion);
        if (!actor.mayChange(entry.getCity())) {
            throw refusal(actor, entry.getCity(), "change");
        }
        if (!actor.mayChange(content.city())) {
            throw refusal(actor, content.city(), "move an entry to");
        }
        return apply(actor, "update", entry, content);
    }

    /**
     * Moves the entry along draft, review, published (or back to draft).
     *
     * @throws IllegalStatusChange for a move the workflow does not allow
     */
    @Transactional
    public FaqEntryState changeStatus(Actor actor, String key, int expectedVersion, EntryStatus target) {
        FaqEntry entry = load(key);
        checkVersion(entry, expectedVersion);
        if (!actor.mayChange(entry.getCity())) {
            throw refusal(actor, entry.getCity(), "change the status of");
        }
        FaqFile.Entry before = FaqFileMapping.toFile(entry);
        entry.moveTo(target);
        return saved(actor, "status", before, entry);
    }

    /**
     * An editor checked a stale translation against the current source text and it still says the
     * same: it is no longer flagged stale. The texts do not change.
     */
    @Transactional
    public FaqEntryState confirmTranslation(Actor actor, String key, int expectedVersion, String lang) {
        FaqEntry entry = load(key);
        checkVersion(entry, expectedVersion);
        if (!actor.mayChange(entry.getCity())) {
            throw refusal(actor, entry.getCity(), "change");
        }
        if (!entry.isStale(lang)) {
            return state(entry);
        }
        FaqFile.Entry before = FaqFileMapping.toFile(entry);
        entry.markTranslationCurrent(lang);
        entry.markEdited();
        entries.saveAndFlush(entry);
        audit.record(actor.name(), "faq.translation-current", "faq:" + key, FaqFileMapping.toJson(before),
                "{\"translationCurrent\":\"" + lang + "\"}");
        return state(entry);
    }

    /** Deletes the entry; its versions stay, so it can be restored. */
    @Transactional
    public void delete(Actor actor, String key, int expectedVersion) {
        FaqEntry entry = load(key);
        checkVersion(entry, expectedVersion);
        if (!actor.mayChange(entry.getCity())) {
            throw refusal(actor, entry.getCity(), "delete");
        }
        var variants = entries.findByVariantOf(key).stream().map(FaqEntry::getKey).sorted().toList();
        if (!variants.isEmpty()) {
            throw new FaqValidationFailed(List.of(Violation.of(null, "key", "delete-has-variants", String.join(", ", variants))));
        }
        FaqFile.Entry before = FaqFileMapping.toFile(entry);
        entries.delete(entry);
        entries.flush();
        record.record(actor.name(), "delete", before, null);
        events.publishEvent(new FaqChanged(Set.of(key)));
    }

    /**
     * Brings back the content of an earlier version; the status stays. A deleted entry comes back
     * as a draft.
     */
    @Transactional
    public FaqEntryState restore(Actor actor, String key, int revision) {
        FaqFile.Entry old = version(key, revision);
        EntryContent content = EntryContent.of(old);
        Optional<FaqEntry> existing = entries.findByKey(key);
        if (existing.isEmpty()) {
            return create(actor, content, "restore");
        }
        FaqEntry entry = existing.get();
        if (!actor.mayChange(entry.getCity()) || !actor.mayChange(content.city())) {
            throw refusal(actor, entry.getCity(), "restore");
        }
        return apply(actor, "restore", entry, content);
    }

    @Transactional(readOnly = true)
    public List<VersionInfo> history(String key) {
        return versions.findByEntryKeyOrderByRevisionDesc(key).stream()
                .map(v -> new VersionInfo(v.getEntryKey(), v.getRevision(), v.getAction(), v.getActor(), v.getAt()))
                .toList();
    }

    /** The entry as it was saved in one version. */
    @Transactional(readOnly = true)
    public FaqFile.Entry version(String key, int revision) {
        return versions.findByEntryKeyAndRevision(key, revision)
                .map(v -> FaqFileMapping.fromJson(v.getSnapshot()))
                .orElseThrow(() -> new FaqEntryNotFound("version " + revision + " of entry " + key));
    }

    /**
     * A change for someone else to review: what an editor limited to a city can do to a regional
     * entry. The scope of the entry cannot be changed this way.
     */
    @Transactional
    public ChangeRequestView propose(Actor actor, String key, int baseVersion, EntryContent content, String note) {
        content = normalized(content);
        FaqEntry entry = load(key);
        if (!actor.mayPropose(entry.getCity())) {
            throw refusal(actor, entry.getCity(), "propose changes to");
        }
        checkVersion(entry, baseVersion);
        var problems = new java.util.ArrayList<>(validator.check(content, false));
        if (!key.equals(content.key())) {
            problems.add(Violation.of(null, "key", "key-fixed"));
        }
        if (!java.util.Objects.equals(entry.getCity(), content.city())
                || !java.util.Objects.equals(entry.getVariantOf(), content.variantOf())) {
            problems.add(Violation.of(null, "city", "proposal-scope"));
        }
        if (!problems.isEmpty()) {
            throw new FaqValidationFailed(problems);
        }
        FaqFile.Entry current = FaqFileMapping.toFile(entry);
        FaqFile.Entry proposal = content.toFile(current.status());
        String cleanNote = note == null || note.isBlank() ? null : note.strip();
        if (cleanNote != null && cleanNote.length() > 1000) {
            throw new FaqValidationFailed(List.of(Violation.of(null, "note", "too-long", 1000, cleanNote.length())));
        }
        var request = requests.save(new ChangeRequest(key, entry.getVersion(), FaqFileMapping.toJson(proposal), cleanNote,
                actor.name()));
        audit.record(actor.name(), "faq.propose", "faq:" + key, FaqFileMapping.toJson(current), FaqFileMapping.toJson(proposal));
        return view(request);
    }

    @Transactional(readOnly = true)
    public List<ChangeRequestView> pendingRequests() {
        return requests.findByStateOrderByProposedAtAsc(ChangeRequest.State.PENDING).stream().map(FaqEditing::view).toList();
    }

    @Transactional(readOnly = true)
    public List<ChangeRequestView> pendingRequests(String key) {
        return requests.findByEntryKeyAndStateOrderByProposedAtAsc(key, ChangeRequest.State.PENDING).stream()
                .map(FaqEditing::view).toList();
    }

    /** Applies a proposal to the entry as it is now (its status stays). */
    @Transactional
    public FaqEntryState accept(Actor actor, long requestId) {
        if (!actor.unrestricted()) {
            throw new FaqEditRefused(actor.name() + " may not decide on proposed changes");
        }
        ChangeRequest request = request(requestId);
        request.accept(actor.name());
        FaqEntry entry = load(request.getEntryKey());
        EntryContent content = EntryContent.of(FaqFileMapping.fromJson(request.getProposal()));
        return apply(actor, "proposal", entry, content);
    }

    @Transactional
    public void reject(Actor actor, long requestId) {
        if (!actor.unrestricted()) {
            throw new FaqEditRefused(actor.name() + " may not decide on proposed changes");
        }
        ChangeRequest request = request(requestId);
        request.reject(actor.name());
        audit.record(actor.name(), "faq.reject", "faq:" + request.getEntryKey(), request.getProposal(), null);
    }

    private ChangeRequest request(long id) {
        return requests.findById(id).orElseThrow(() -> new FaqEntryNotFound("change request " + id));
    }

    private FaqEntryState apply(Actor actor, String action, FaqEntry entry, EntryContent content) {
        var problems = new java.util.ArrayList<>(validator.check(content, false));
        if (!entry.getKey().equals(content.key())) {
            problems.add(Violation.of(null, "key", "key-fixed"));
        }
        if (!problems.isEmpty()) {
            throw new FaqValidationFailed(problems);
        }
        FaqFile.Entry before = FaqFileMapping.toFile(entry);
        FaqFile.Entry after = content.toFile(before.status());
        if (after.equals(before)) {
            return state(entry);
        }
        FaqFileMapping.apply(after, entry);
        return saved(actor, action, before, entry);
    }

    private FaqEntryState saved(Actor actor, String action, FaqFile.Entry before, FaqEntry entry) {
        entry.markEdited();
        try {
            entries.saveAndFlush(entry);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new FaqEditConflict(entry.getKey(), entry.getVersion(), -1);
        }
        FaqFile.Entry after = FaqFileMapping.toFile(entry);
        record.record(actor.name(), action, before, after);
        events.publishEvent(new FaqChanged(Set.of(entry.getKey())));
        return new FaqEntryState(after, entry.getVersion());
    }

    private void validate(EntryContent content, boolean creating) {
        var problems = validator.check(content, creating);
        if (!problems.isEmpty()) {
            throw new FaqValidationFailed(problems);
        }
    }

    private FaqEntry load(String key) {
        return entries.findByKey(key).orElseThrow(() -> new FaqEntryNotFound("entry " + key));
    }

    private static void checkVersion(FaqEntry entry, int expected) {
        if (entry.getVersion() != expected) {
            throw new FaqEditConflict(entry.getKey(), expected, entry.getVersion());
        }
    }

    private static FaqEditRefused refusal(Actor actor, String city, String what) {
        String scope = city == null ? "regional entries" : "entries of " + city;
        String hint = actor.curates() && city == null ? " (propose the change instead)" : "";
        return new FaqEditRefused(actor.name() + " may not " + what + " " + scope + hint);
    }

    private static EntryContent normalized(EntryContent c) {
        return new EntryContent(c.key() == null ? null : c.key().strip(), c.topics(), c.audiences(),
                c.city() == null || c.city().isBlank() ? null : c.city().strip(),
                c.variantOf() == null || c.variantOf().isBlank() ? null : c.variantOf().strip(),
                c.lastReviewed(), EntryValidator.stripped(c.texts()));
    }

    private static FaqEntryState state(FaqEntry entry) {
        return new FaqEntryState(FaqFileMapping.toFile(entry), entry.getVersion());
    }

    private static ChangeRequestView view(ChangeRequest r) {
        return new ChangeRequestView(r.getId(), r.getEntryKey(), r.getBaseVersion(),
                FaqFileMapping.fromJson(r.getProposal()), r.getNote(), r.getProposedBy(), r.getProposedAt());
    }
}
