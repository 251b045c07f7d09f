package ruhr.welcome.bot.referral;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import ruhr.welcome.knowledge.faq.City;

/**
 * A professional service as an editor enters it. {@link #problems} names what is wrong, as keys of
 * the console texts, so the form can say it in the editor's language.
 *
 * @param city a city id, or null for the whole region
 */
public record ReferralDraft(String name, Set<ReferralArea> areas, String city, String phone, String url,
                            List<String> languages) {

    public static final int MAX_NAME = 120;
    static final int MAX_URL = 300;

    public ReferralDraft {
        name = clean(name);
        areas = areas == null ? Set.of() : Set.copyOf(areas);
        city = clean(city);
        phone = clean(phone);
        url = clean(url);
        languages = languages == null ? List.of() : List.copyOf(languages);
    }

    /** Console text keys of everything wrong; empty when the draft can be saved. */
    public List<String> problems(Collection<String> knownLanguages) {
        var problems = new ArrayList<String>();
        if (name == null || name.length() > MAX_NAME) {
            problems.add("referrals.error.name");
        }
        if (areas.isEmpty()) {
            problems.add("referrals.error.areas");
        }
        if (city != null && City.byId(city).isEmpty()) {
            problems.add("referrals.error.city");
        }
        if (phone == null && url == null) {
            problems.add("referrals.error.contact");
        }
        if (phone != null && !phone.matches("\\+?[0-9][0-9 ()/-]{2,38}")) {
            problems.add("referrals.error.phone");
        }
        if (url != null && !isWebAddress(url)) {
            problems.add("referrals.error.url");
        }
        if (languages.isEmpty() || !knownLanguages.containsAll(languages)) {
            problems.add("referrals.error.languages");
        }
        return problems;
    }

    /** Only http(s) addresses with a host: anything else (javascript:, data:) never becomes a link. */
    static boolean isWebAddress(String url) {
        if (url.length() > MAX_URL) {
            return false;
        }
        try {
            var uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static String clean(String value) {
        if (value == null) {
            return null;
        }
        String stripped = value.strip().replaceAll("\\s+", " ");
        return stripped.isEmpty() ? null : stripped;
    }
}
