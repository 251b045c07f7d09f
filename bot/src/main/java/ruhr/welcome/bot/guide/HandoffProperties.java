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
 * @param nudgeAfter   a guide who has not answered a newcomer's message for this long is reminded
 *                     ({@code WELCOME_HANDOFF_NUDGE_AFTER})
 * @param reassignAfter still no answer after this long: the chat goes to another guide, with the brief
 *                     ({@code WELCOME_HANDOFF_REASSIGN_AFTER})
 * @param quietCloseAfter a chat in which nobody wrote for this long is closed with a notice
 *                     ({@code WELCOME_HANDOFF_QUIET_CLOSE_AFTER})
 */
@Validated
@ConfigurationProperties("welcome.handoff")
public record HandoffProperties(
        @Min(1) @DefaultValue("3") int offersAtOnce,
        @NotNull @DefaultValue("3m") Duration offerTimeout,
        @NotNull @DefaultValue("30s") Duration sweep,
        @NotNull @DefaultValue("2h") Duration nudgeAfter,
        @NotNull @DefaultValue("8h") Duration reassignAfter,
        @NotNull @DefaultValue("3d") Duration quietCloseAfter) {
}
