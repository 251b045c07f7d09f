package ruhr.welcome.bot.webchat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

import ruhr.welcome.bot.conversation.Channel;
import ruhr.welcome.bot.conversation.Conversation;
import ruhr.welcome.bot.conversation.ConversationRepository;
import ruhr.welcome.bot.i18n.BotTexts;
import ruhr.welcome.knowledge.language.Languages;

/**
 * The chat page for newcomers. Query parameters preset language, city and topic the way Telegram
 * deep links do ({@code /chat?lang=ar&city=essen&topic=housing}); {@code embed=1} is the compact
 * layout for the portal's frame.
 */
@Controller
class WebChatPage {

    private static final Pattern PRESET = Pattern.compile("[a-z][a-z-]{1,29}");
    private static final List<String> TEXTS = List.of("title", "heading", "log-label", "input-label", "placeholder",
            "send", "connecting", "offline", "send-failed", "session-ended", "you", "bot");

    private final WebChatSession session;
    private final ConversationRepository conversations;
    private final BotTexts texts;
    private final WebChatProperties properties;

    WebChatPage(WebChatSession session, ConversationRepository conversations, BotTexts texts,
                WebChatProperties properties) {
        this.session = session;
        this.conversations = conversations;
        this.texts = texts;
        this.properties = properties;
    }

    @GetMapping("/chat")
    String page(HttpServletRequest request, HttpServletResponse response, Model model,
                @RequestParam(required = false) String lang, @RequestParam(required = false) String city,
                @RequestParam(required = false) String topic, @RequestParam(defaultValue = "0") String embed,
                @RequestHeader(name = "Accept-Language", required = false) String acceptLanguage) {
        String chatKey = session.open(request, response);
        String ui = conversations.findByChannelAndExternalId(Channel.WEB, chatKey).map(Conversation::getLang)
                .filter(texts.languages()::contains)
                .orElseGet(() -> pageLanguage(lang, acceptLanguage));
        Map<String, String> labels = new LinkedHashMap<>();
        TEXTS.forEach(key -> labels.put(key, texts.text(ui, "webchat." + key)));
        model.addAttribute("lang", ui);
        model.addAttribute("dir", BotTexts.isRightToLeft(ui) ? "rtl" : "ltr");
        model.addAttribute("t", labels);
        model.addAttribute("start", startPayload(lang, city, topic));
        model.addAttribute("embed", "1".equals(embed));
        response.setHeader("Content-Security-Policy", "default-src 'none'; script-src 'self'; style-src 'self'; "
                + "connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'self'; frame-ancestors "
                + properties.frameAncestors());
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        return "webchat/chat";
    }

    /** The language asked for, else the browser's first one we speak, else English. */
    private String pageLanguage(String asked, String acceptLanguage) {
        var wanted = new ArrayList<String>();
        if (asked != null) {
            wanted.add(asked);
        }
        if (acceptLanguage != null) {
            for (String range : acceptLanguage.split(",")) {
                wanted.add(Languages.primary(range.split(";")[0]));
            }
        }
        return wanted.stream().filter(texts.languages()::contains).findFirst()
                .orElse(texts.languages().contains("en") ? "en" : texts.languages().getFirst());
    }

    /** The same payload a Telegram deep link carries; the engine checks each part. */
    static String startPayload(String lang, String city, String topic) {
        var parts = new ArrayList<String>();
        if (lang != null && PRESET.matcher(lang).matches()) parts.add("lang-" + lang);
        if (city != null && PRESET.matcher(city).matches()) parts.add("city-" + city);
        if (topic != null && PRESET.matcher(topic).matches()) parts.add("topic-" + topic);
        return String.join("_", parts);
    }
}
