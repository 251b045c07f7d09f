package ruhr.welcome.bot.referral;

import java.util.Arrays;
import java.util.Optional;

/**
 * Where volunteering ends and professional advice is needed. The ids are stored and used in the
 * signal list and the bot texts ({@code referral.area.<id>}).
 */
public enum ReferralArea {
    ASYLUM("asylum"), LEGAL("legal"), DEBT("debt"), HEALTH("health"), VIOLENCE("violence");

    private final String id;

    ReferralArea(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<ReferralArea> byId(String id) {
        return Arrays.stream(values()).filter(a -> a.id.equals(id)).findFirst();
    }
}
