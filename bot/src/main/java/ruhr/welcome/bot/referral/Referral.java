package ruhr.welcome.bot.referral;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A professional service guides refer newcomers to: counselling on asylum, law, debt, health, violence. */
@Entity
@Table(name = "referral_service")
public class Referral {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String name;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]", nullable = false)
    private List<String> areas = new ArrayList<>();

    private String city;
    private String phone;
    private String url;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]", nullable = false)
    private List<String> languages = new ArrayList<>();

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt = Instant.now();

    @Version
    private int version;

    protected Referral() {
    }

    Referral(ReferralDraft draft) {
        apply(draft);
    }

    /** Takes over a draft the caller has checked ({@link ReferralDraft#problems}). */
    void apply(ReferralDraft draft) {
        if (draft.name() == null || draft.areas().isEmpty() || (draft.phone() == null && draft.url() == null)) {
            throw new IllegalArgumentException("a service needs a name, an area and a phone number or web address");
        }
        name = draft.name();
        areas = new ArrayList<>(draft.areas().stream().map(ReferralArea::id).sorted().toList());
        city = draft.city();
        phone = draft.phone();
        url = draft.url();
        languages = new ArrayList<>(draft.languages());
        updatedAt = Instant.now();
    }

    public ReferralDraft draft() {
        return new ReferralDraft(name, getAreas(), city, phone, url, languages);
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public Set<ReferralArea> getAreas() {
        return areas.stream().flatMap(a -> ReferralArea.byId(a).stream()).collect(Collectors.toUnmodifiableSet());
    }
    public List<ReferralArea> getSortedAreas() {
        return getAreas().stream().sorted(Comparator.naturalOrder()).toList();
    }
    public String getCity() { return city; }
    public String getPhone() { return phone; }
    public String getUrl() { return url; }
    public List<String> getLanguages() { return List.copyOf(languages); }
    public Instant getUpdatedAt() { return updatedAt; }
    public int getVersion() { return version; }
}
