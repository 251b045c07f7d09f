package ruhr.welcome.bot.webchat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import tools.jackson.databind.json.JsonMapper;

import ruhr.welcome.bot.conversation.Channel;
import ruhr.welcome.bot.inbound.InboundStore;
import ruhr.welcome.bot.support.Digests;
import ruhr.welcome.knowledge.language.Languages;

/**
 * The web chat's HTTP side: the browser posts what the newcomer typed or tapped and reads the
 * transcript, live over server-sent events or by polling. Every message goes through the same
 * inbound queue as Telegram's updates, so it is kept before it is answered.
 */
@RestController
@RequestMapping("/chat")
class WebChatApi {

    /** Asked of every post: a cross-site form cannot set it, so another site cannot chat in someone's name. */
    static final String HEADER = "X-Welcome-Chat";
    /** Far above the longest question the engine accepts, so an over-long one still gets a polite reply. */
    static final int MAX_TEXT = 20_000;
    private static final int MAX_BUTTON_BYTES = 64;
    private static final int MAX_LABEL = 200;
    private static final Pattern CLIENT_ID = Pattern.compile("[A-Za-z0-9-]{8,64}");
    private static final int PAGE = 100;

    /** What the browser posts: either {@code text} or {@code button} (with its {@code label}). */
    record Post(String id, String text, String button, String label, Boolean silent) {
    }

    record Lines(List<ChatLine> lines) {
    }

    private final WebChatSession session;
    private final InboundStore inbound;
    private final Transcript transcript;
    private final LiveChats live;
    private final WebChatProperties properties;
    private final JsonMapper json;

    WebChatApi(WebChatSession session, InboundStore inbound, Transcript transcript, LiveChats live,
               WebChatProperties properties, JsonMapper json) {
        this.session = session;
        this.inbound = inbound;
        this.transcript = transcript;
        this.live = live;
        this.properties = properties;
        this.json = json;
    }

    @PostMapping(path = "/messages", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> post(HttpServletRequest request, @RequestBody Post post,
                           @RequestHeader(name = HEADER, required = false) String marker,
                           @RequestHeader(name = "Accept-Language", required = false) String acceptLanguage) {
        if (marker == null) {
            return problem(HttpStatus.FORBIDDEN, "Messages must come from the chat page.");
        }
        var chatKey = session.chatKey(request);
        if (chatKey.isEmpty()) {
            return problem(HttpStatus.UNAUTHORIZED, "The chat session has ended. Reload the page to start again.");
        }
        if (post.id() == null || !CLIENT_ID.matcher(post.id()).matches()) {
            return problem(HttpStatus.BAD_REQUEST, "A message needs an id of 8 to 64 letters, digits or dashes.");
        }
        if ((post.text() == null) == (post.button() == null)) {
            return problem(HttpStatus.BAD_REQUEST, "A message has either a text or a button.");
        }
        if (post.text() != null && post.text().length() > MAX_TEXT) {
            return problem(HttpStatus.CONTENT_TOO_LARGE, "A message can be at most " + MAX_TEXT + " characters long.");
        }
        // forged or oversized button data is passed on emptied: the engine answers it as a stale button
        String button = post.button() == null ? null
                : post.button().getBytes(StandardCharsets.UTF_8).length > MAX_BUTTON_BYTES ? "" : post.button();
        String label = post.label() == null ? "" : post.label().length() > MAX_LABEL ? post.label().substring(0, MAX_LABEL) : post.label();
        var update = new WebUpdate(chatKey.get(), post.id(), clientLanguage(acceptLanguage), post.text(), button, label,
                Boolean.TRUE.equals(post.silent()));
        boolean stored = inbound.store(Channel.WEB, updateId(chatKey.get(), post.id()), chatKey.get(),
                json.writeValueAsString(update));
        return ResponseEntity.accepted().body(Map.of("duplicate", !stored));
    }

    @GetMapping(path = "/messages", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> lines(HttpServletRequest request, @RequestParam(defaultValue = "0") long after) {
        var chatKey = session.chatKey(request);
        if (chatKey.isEmpty()) {
            return problem(HttpStatus.UNAUTHORIZED, "The chat session has ended. Reload the page to start again.");
        }
        return ResponseEntity.ok(new Lines(transcript.after(chatKey.get(), after, PAGE)));
    }

    @GetMapping(path = "/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    ResponseEntity<?> stream(HttpServletRequest request, @RequestParam(defaultValue = "0") long after,
                             @RequestHeader(name = "Last-Event-ID", required = false) String lastEventId) {
        var chatKey = session.chatKey(request);
        if (chatKey.isEmpty()) {
            return problem(HttpStatus.UNAUTHORIZED, "The chat session has ended. Reload the page to start again.");
        }
        long from = after;
        if (lastEventId != null && lastEventId.matches("\\d{1,18}")) {
            from = Math.max(from, Long.parseLong(lastEventId));
        }
        var emitter = new SseEmitter(properties.streamTimeout().toMillis());
        live.open(chatKey.get(), emitter, from);
        return ResponseEntity.ok().header("X-Accel-Buffering", "no").body(emitter);
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(ProblemDetail.forStatusAndDetail(status, detail));
    }

    static String clientLanguage(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return null;
        }
        String first = acceptLanguage.split(",")[0].split(";")[0].strip();
        return first.isEmpty() || first.equals("*") ? null : Languages.primary(first);
    }

    /** Same chat and browser id, same update: a request the browser resent is stored once. */
    static long updateId(String chatKey, String clientId) {
        byte[] digest = Digests.sha256(chatKey + ':' + clientId);
        return java.nio.ByteBuffer.wrap(digest).getLong() & Long.MAX_VALUE;
    }
}
