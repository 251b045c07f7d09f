package ruhr.welcome.bot.guide;

import java.time.Duration;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Matching requests with guides.
 *
 * @param offersAtOnce how many guides are offered a request at once ({@code WELCOME_HANDOFF_OFFERS_AT_ONCE})
 * @param offerTimeout after this long without an accept the request is offered to the next guides
 *                     ({@code WELCOME_HANDOFF_OFFER_TIMEOUT})
 * @param sweep        how often waiting requests are matched again, e.g. when a guide's window opens
 *                     ({@code WELCOME_HANDOFF_SWEEP})
 */
@Validated
@ConfigurationProperties("welcome.handoff")
public record HandoffProperties(
        @Min(1) @DefaultValue("3") int offersAtOnce,
        @NotNull @DefaultValue("3m") Duration offerTimeout,
        @NotNull @DefaultValue("30s") Duration sweep) {
}
