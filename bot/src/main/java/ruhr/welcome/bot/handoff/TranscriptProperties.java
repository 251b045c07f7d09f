package ruhr.welcome.bot.handoff;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param retention how long the words of a chat with a guide (the note, the rating comment, the web
 *                  chat's lines of the chat) are kept after it closed ({@code WELCOME_TRANSCRIPTS_RETENTION})
 */
@ConfigurationProperties("welcome.transcripts")
public record TranscriptProperties(@DefaultValue("30d") Duration retention) {
    public TranscriptProperties {
        if (retention.isNegative() || retention.isZero()) {
            throw new IllegalArgumentException("must be a positive duration such as 30d");
        }
    }
}
