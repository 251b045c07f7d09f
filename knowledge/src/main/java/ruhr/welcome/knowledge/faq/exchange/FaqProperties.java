package ruhr.welcome.knowledge.faq.exchange;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param starterContent import the shipped starter FAQ when the FAQ is empty ({@code WELCOME_FAQ_STARTER_CONTENT})
 */
@ConfigurationProperties("welcome.faq")
public record FaqProperties(@DefaultValue("true") boolean starterContent) {
}
