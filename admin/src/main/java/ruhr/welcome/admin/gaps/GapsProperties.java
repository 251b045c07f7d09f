package ruhr.welcome.admin.gaps;

import java.time.Duration;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The editors' gaps inbox.
 *
 * @param window        how far back questions are read ({@code WELCOME_GAPS_WINDOW})
 * @param lowConfidence a direct answer below this confidence counts as unsure ({@code WELCOME_GAPS_LOW_CONFIDENCE})
 * @param maxQuestions  the newest this many questions are grouped, older ones wait ({@code WELCOME_GAPS_MAX_QUESTIONS})
 */
@Validated
@ConfigurationProperties("welcome.gaps")
public record GapsProperties(
        @NotNull @DefaultValue("84d") Duration window,
        @DecimalMin("0") @DecimalMax("1") @DefaultValue("0.7") double lowConfidence,
        @Min(10) @DefaultValue("3000") int maxQuestions) {
}
