package ruhr.welcome.bot.webchat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A browser's side of the web chat over plain HTTP: its own cookie jar, posts and transcript reads. */
final class WebChatClient {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final String base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;
    private final List<JsonNode> seen = new ArrayList<>();

    private final String acceptLanguage;

    /** @param acceptLanguage the browser's language list, sent with every post as browsers do */
    WebChatClient(int port, String acceptLanguage) {
        this.acceptLanguage = acceptLanguage;
        this.base = "http://localhost:" + port;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** The session cookie as a Cookie header value, for a second connection of the same browser. */
    String cookie() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(WebChatSession.COOKIE))
                .map(c -> c.getName() + "=" + c.getValue()).findFirst().orElseThrow();
    }

    HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create(base + path)).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String json, String... headers) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create(base + "/chat/messages"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Sends as the page does; returns the browser's message id. */
    String say(String text) throws IOException, InterruptedException {
        String id = UUID.randomUUID().toString();
        send(JSON.writeValueAsString(java.util.Map.of("id", id, "text", text)));
        return id;
    }

    void tap(JsonNode button) throws IOException, InterruptedException {
        send(JSON.writeValueAsString(java.util.Map.of("id", UUID.randomUUID().toString(),
                "button", button.path("data").asString(), "label", button.path("label").asString())));
    }

    void send(String json) throws IOException, InterruptedException {
        var response = post(json, WebChatApi.HEADER, "1", "Accept-Language", acceptLanguage);
        if (response.statusCode() != 202) {
            throw new AssertionError("post answered " + response.statusCode() + ": " + response.body());
        }
    }

    /** All transcript lines so far, read the way the page polls. */
    List<JsonNode> transcript() throws IOException, InterruptedException {
        var response = get("/chat/messages?after=0");
        var lines = new ArrayList<JsonNode>();
        JSON.readTree(response.body()).path("lines").forEach(lines::add);
        return lines;
    }

    /** Waits until {@code count} new lines matching the filter have arrived since the last call, returns them. */
    List<JsonNode> await(Predicate<JsonNode> filter, int count) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plusSeconds(20);
        while (true) {
            List<JsonNode> fresh = transcript().stream()
                    .filter(line -> seen.stream().noneMatch(s -> s.path("id").asLong() == line.path("id").asLong()))
                    .filter(filter).toList();
            if (fresh.size() >= count) {
                seen.addAll(fresh.subList(0, count));
                return fresh.subList(0, count);
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("expected " + count + " new lines, got " + fresh + " in " + transcript());
            }
            Thread.sleep(50);
        }
    }

    List<JsonNode> awaitBot(int count) throws IOException, InterruptedException {
        return await(line -> line.path("author").asString().equals("bot"), count);
    }

    static String text(JsonNode line) {
        return line.path("html").asString().replaceAll("<[^>]+>", " ").replace("&amp;", "&")
                .replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">");
    }

    static List<JsonNode> buttons(JsonNode line) {
        var buttons = new ArrayList<JsonNode>();
        line.path("buttons").forEach(row -> row.forEach(buttons::add));
        return buttons;
    }
}
