package ruhr.welcome.bot.referral;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The editors' list of professional services, and which of them fit a chat. */
@Service
public class Referrals {

    /** The edit was based on an older version: someone changed the service meanwhile. */
    public static final class ChangedMeanwhile extends RuntimeException {
        ChangedMeanwhile(long id) {
            super("referral service " + id + " was changed meanwhile");
        }
    }

    private final ReferralRepository services;

    Referrals(ReferralRepository services) {
        this.services = services;
    }

    @Transactional(readOnly = true)
    public List<Referral> all() {
        return services.findAllByOrderByNameAsc();
    }

    @Transactional(readOnly = true)
    public Optional<Referral> find(long id) {
        return services.findById(id);
    }

    @Transactional
    public Referral create(ReferralDraft draft) {
        return services.save(new Referral(draft));
    }

    @Transactional
    public Referral update(long id, int expectedVersion, ReferralDraft draft) {
        Referral service = services.findById(id).orElseThrow(() -> new IllegalArgumentException("no service " + id));
        if (service.getVersion() != expectedVersion) {
            throw new ChangedMeanwhile(id);
        }
        service.apply(draft);
        return services.saveAndFlush(service);
    }

    @Transactional
    public void delete(Referral service) {
        services.delete(service);
    }

    /** At most {@code limit} services for the area near the city (null: anywhere in the region), best first. */
    @Transactional(readOnly = true)
    public List<Referral> matching(ReferralArea area, String city, String lang, int limit) {
        return services.matching(area.id(), city, lang, limit);
    }
}
