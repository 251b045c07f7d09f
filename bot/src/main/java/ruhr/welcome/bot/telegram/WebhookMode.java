package ruhr.welcome.bot.telegram;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** Webhook beans exist only in webhook mode. */
class WebhookMode implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return "webhook".equalsIgnoreCase(context.getEnvironment().getProperty("welcome.telegram.mode", "long-polling"));
    }
}
