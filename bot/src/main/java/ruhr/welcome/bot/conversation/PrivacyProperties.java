package ruhr.welcome.bot.conversation;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param retention how long a conversation is kept after its last message ({@code WELCOME_PRIVACY_RETENTION})
 */
@ConfigurationProperties("welcome.privacy")
public record PrivacyProperties(@DefaultValue("90d") Duration retention) {
    public PrivacyProperties {
        if (retention.isNegative() || retention.isZero()) {
            throw new IllegalArgumentException("must be a positive duration such as 90d");
        }
    }
}
