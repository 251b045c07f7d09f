package ruhr.welcome.knowledge.language;

import java.util.List;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The languages the bot claims: detected, answered in, and spoken by its own texts.
 *
 * @param languages ISO 639-1 codes, first is the fallback ({@code WELCOME_LANGUAGES}, comma-separated)
 */
@Validated
@ConfigurationProperties("welcome")
public record LanguageProperties(
        @NotEmpty
        @DefaultValue({"de", "en", "tr", "ar", "ru", "uk", "pl", "ro", "bg", "el", "it", "es", "fr", "fa",
                "zh", "vi", "hi", "sq", "hr", "sr", "bs", "pt", "nl", "ku"})
        List<@Pattern(regexp = Languages.SUPPORTED_PATTERN,
                message = "'${validatedValue}' is not a supported language (supported: " + Languages.SUPPORTED_TEXT + ")")
                String> languages) {
}
