package ruhr.welcome.bot.webchat;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;

import ruhr.welcome.bot.support.Digests;

import ruhr.welcome.bot.conversation.PrivacyProperties;

/**
 * The anonymous web chat session: a random token in an HttpOnly cookie. The database only ever sees
 * its hash (the chat key), so a leaked table cannot be turned into someone's session.
 */
@Component
class WebChatSession {

    static final String COOKIE = "welcome_chat";
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

    private final SecureRandom random = new SecureRandom();
    private final PrivacyProperties privacy;

    WebChatSession(PrivacyProperties privacy) {
        this.privacy = privacy;
    }

    /** The chat key of this browser, if it has a well-formed session cookie. */
    Optional<String> chatKey(HttpServletRequest request) {
        return token(request).map(WebChatSession::hash);
    }

    /** The chat key, starting a session (setting the cookie) when the browser has none. */
    String open(HttpServletRequest request, HttpServletResponse response) {
        var existing = token(request);
        if (existing.isPresent()) {
            return hash(existing.get());
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        boolean secure = request.isSecure();
        // Embedded in a portal the chat is a third-party frame: only a Secure, Partitioned cookie
        // with SameSite=None survives there; on plain http (local trial) Lax is all browsers accept.
        var cookie = ResponseCookie.from(COOKIE, token)
                .httpOnly(true)
                .path("/chat")
                .maxAge(privacy.retention())
                .secure(secure)
                .sameSite(secure ? "None" : "Lax")
                .partitioned(secure)
                .build();
        response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
        return hash(token);
    }

    private static Optional<String> token(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        return Arrays.stream(cookies)
                .filter(c -> COOKIE.equals(c.getName()) && c.getValue() != null && TOKEN.matcher(c.getValue()).matches())
                .map(Cookie::getValue)
                .findFirst();
    }

    static String hash(String value) {
        return Digests.sha256Hex(value);
    }
}
