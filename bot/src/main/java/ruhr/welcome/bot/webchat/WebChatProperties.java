package ruhr.welcome.bot.webchat;

import java.time.Duration;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The web chat at {@code /chat}.
 *
 * @param frameAncestors who may embed the chat in a frame, as a CSP {@code frame-ancestors} list
 *                       ({@code WELCOME_WEBCHAT_FRAME_ANCESTORS}); e.g. {@code https://www.welcome.ruhr}
 * @param streamTimeout  how long one server-sent-events connection stays open before the browser
 *                       reconnects ({@code WELCOME_WEBCHAT_STREAM_TIMEOUT})
 * @param sweep          how often open streams look for lines written by another instance and send a
 *                       keep-alive ({@code WELCOME_WEBCHAT_SWEEP})
 */
@Validated
@ConfigurationProperties("welcome.webchat")
public record WebChatProperties(
        @NotBlank @DefaultValue("*") String frameAncestors,
        @NotNull @DefaultValue("10m") Duration streamTimeout,
        @NotNull @DefaultValue("3s") Duration sweep) {
}
