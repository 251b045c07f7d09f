package ruhr.welcome.bot.telegram;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A Telegram Bot API server on loopback for tests: serves getUpdates from offered updates, records
 * every call the bot makes, and can fail calls on purpose (429 with retry_after, 500, timeouts).
 * A waiting long poll returns as soon as an update is offered, so it adds no latency of its own.
 */
final class FakeBotApi implements AutoCloseable {

    /** A call the bot made, with its JSON body. */
    record Call(String method, JsonNode body, Instant at) {
        String chatId() {
            return body.path("chat_id").asText();
        }

        String text() {
            return body.path("text").asText();
        }
    }

    /** A deliberate failure of the next call of a method. */
    record Fault(int status, Integer retryAfter, Duration delay) {
        static Fault tooManyRequests(int retryAfterSeconds) { return new Fault(429, retryAfterSeconds, Duration.ZERO); }
        static Fault serverError() { return new Fault(500, null, Duration.ZERO); }
        static Fault forbidden() { return new Fault(403, null, Duration.ZERO); }
        /** No answer in time: the call is dropped unrecorded, as if the network lost it. */
        static Fault timeout(Duration delay) { return new Fault(0, null, delay); }
    }

    static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration MAX_LONG_POLL = Duration.ofMillis(500);

    private final String token;
    private final HttpServer server;
    private final ExecutorService executor;
    private final List<ObjectNode> pendingUpdates = new ArrayList<>();
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final Consumer<Call> sink;
    private final Map<String, ConcurrentLinkedQueue<Fault>> faults = new ConcurrentHashMap<>();
    private final AtomicLong messageIds = new AtomicLong(1000);

    FakeBotApi(String token) throws IOException {
        this(token, null);
    }

    /**
     * @param sink receives every call instead of the record (a load run would otherwise keep every
     *             reply in memory); null records them for {@link #calls()} and {@link #await}
     */
    FakeBotApi(String token, Consumer<Call> sink) throws IOException {
        this.token = token;
        this.sink = sink != null ? sink : calls::add;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 1000);
        // a pool of platform threads: long polls park in Object.wait, which would pin virtual threads
        // on older JDKs, and a bounded pool keeps a load run from spawning a thread per call
        this.executor = Executors.newFixedThreadPool(32, Thread.ofPlatform().name("fake-bot-api-", 1).daemon().factory());
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Queues an update for the bot's next getUpdates. */
    void offer(ObjectNode update) {
        synchronized (pendingUpdates) {
            pendingUpdates.add(update);
            pendingUpdates.notifyAll();
        }
    }

    void failNext(String method, Fault fault) {
        faults.computeIfAbsent(method, m -> new ConcurrentLinkedQueue<>()).add(fault);
    }

    /** Injected failures not yet used up. */
    int faultsLeft(String method) {
        return faults.getOrDefault(method, new ConcurrentLinkedQueue<>()).size();
    }

    void clearFaults() {
        faults.clear();
    }

    List<Call> calls() {
        return List.copyOf(calls);
    }

    List<Call> calls(String method) {
        return calls.stream().filter(c -> c.method().equals(method)).toList();
    }

    List<Call> messagesTo(long chatId) {
        return calls.stream().filter(c -> c.method().equals("sendMessage") && c.chatId().equals(String.valueOf(chatId)))
                .toList();
    }

    /** Waits until at least {@code count} recorded calls match. */
    List<Call> await(Predicate<Call> matching, int count, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            var found = calls.stream().filter(matching).toList();
            if (found.size() >= count) {
                return found;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("expected " + count + " matching calls within " + timeout + ", got "
                + calls.stream().filter(matching).count() + " of " + calls.size() + " calls: " + calls);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String[] path = exchange.getRequestURI().getPath().split("/");
            if (path.length < 3 || !path[1].equals("bot" + token)) {
                respond(exchange, 401, error(401, "Unauthorized", null));
                return;
            }
            String method = canonical(path[2]);
            byte[] raw = exchange.getRequestBody().readAllBytes();
            String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
            JsonNode body = raw.length == 0 ? JSON.createObjectNode()
                    : contentType != null && contentType.startsWith("multipart/form-data") ? multipart(raw, contentType)
                    : JSON.readTree(raw);
            Fault fault = faults.getOrDefault(method, new ConcurrentLinkedQueue<>()).poll();
            if (fault != null) {
                if (fault.status() == 0) {
                    sleep(fault.delay());
                    return; // closes the connection without an answer
                }
                respond(exchange, fault.status(), error(fault.status(), "injected", fault.retryAfter()));
                return;
            }
            if (method.equals("getUpdates")) {
                respond(exchange, 200, ok(updates(body)));
                return;
            }
            sink.accept(new Call(method, body, Instant.now()));
            respond(exchange, 200, ok(result(method, body)));
        }
    }

    private static final List<String> METHODS = List.of("getUpdates", "sendMessage", "editMessageText",
            "editMessageReplyMarkup", "copyMessage", "getMe", "answerCallbackQuery", "setMyCommands", "deleteMyCommands",
            "deleteWebhook", "setWebhook", "sendPhoto", "sendDocument", "leaveChat");

    /** The client may spell methods in any case, as the Bot API allows. */
    private static String canonical(String method) {
        return METHODS.stream().filter(m -> m.equalsIgnoreCase(method)).findFirst().orElse(method);
    }

    /** Text fields of a multipart form (the client sends setWebhook and uploads this way). */
    private static ObjectNode multipart(byte[] raw, String contentType) {
        String boundary = "--" + contentType.substring(contentType.indexOf("boundary=") + 9).replace("\"", "");
        ObjectNode fields = JSON.createObjectNode();
        for (String part : new String(raw, StandardCharsets.UTF_8).split(java.util.regex.Pattern.quote(boundary))) {
            int nameAt = part.indexOf("name=\"");
            int bodyAt = part.indexOf("\r\n\r\n");
            if (nameAt < 0 || bodyAt < 0) {
                continue;
            }
            String name = part.substring(nameAt + 6, part.indexOf('"', nameAt + 6));
            fields.put(name, part.substring(bodyAt + 4).replaceAll("\r\n$", ""));
        }
        return fields;
    }

    private JsonNode updates(JsonNode request) {
        long offset = request.path("offset").asLong(0);
        synchronized (pendingUpdates) {
            pendingUpdates.removeIf(u -> u.path("update_id").asLong() < offset);
            long deadline = System.nanoTime() + MAX_LONG_POLL.toNanos();
            // offer() wakes this wait at once; the loop only guards against spurious wake-ups
            while (pendingUpdates.isEmpty() && System.nanoTime() < deadline) {
                try {
                    pendingUpdates.wait(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            var array = JSON.createArrayNode();
            pendingUpdates.stream().limit(request.path("limit").asInt(100)).forEach(array::add);
            return array;
        }
    }

    private JsonNode result(String method, JsonNode body) {
        return switch (method) {
            case "sendMessage", "editMessageText", "copyMessage" -> {
                ObjectNode message = JSON.createObjectNode();
                message.put("message_id", method.equals("editMessageText") ? body.path("message_id").asLong()
                        : messageIds.incrementAndGet());
                message.put("date", Instant.now().getEpochSecond());
                message.putObject("chat").put("id", body.path("chat_id").asLong()).put("type", "private");
                message.put("text", body.path("text").asText(""));
                yield method.equals("copyMessage") ? JSON.createObjectNode().put("message_id", messageIds.get()) : message;
            }
            case "getMe" -> JSON.createObjectNode().put("id", 42).put("is_bot", true).put("first_name", "Welcome")
                    .put("username", "welcome_ruhr_bot");
            default -> JSON.getNodeFactory().booleanNode(true);
        };
    }

    private static ObjectNode ok(JsonNode result) {
        ObjectNode response = JSON.createObjectNode().put("ok", true);
        response.set("result", result);
        return response;
    }

    private static ObjectNode error(int code, String description, Integer retryAfter) {
        ObjectNode response = JSON.createObjectNode().put("ok", false).put("error_code", code)
                .put("description", description);
        if (retryAfter != null) {
            response.putObject("parameters").put("retry_after", retryAfter);
        }
        return response;
    }

    private static void respond(HttpExchange exchange, int status, JsonNode body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static void sleep(Duration delay) {
        try {
            Thread.sleep(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    /** Builders for the updates Telegram sends. */
    static final class Updates {
        private static final AtomicLong IDS = new AtomicLong(1);

        private Updates() {
        }

        static ObjectNode text(long chatId, String languageCode, String text) {
            ObjectNode update = JSON.createObjectNode().put("update_id", IDS.incrementAndGet());
            message(update.putObject("message"), chatId, "private", languageCode).put("text", text);
            commandEntity(update, text);
            return update;
        }

        static ObjectNode callback(long chatId, String data) {
            ObjectNode update = JSON.createObjectNode().put("update_id", IDS.incrementAndGet());
            ObjectNode query = update.putObject("callback_query").put("id", "cb" + IDS.get()).put("data", data)
                    .put("chat_instance", "ci" + chatId);
            query.putObject("from").put("id", chatId).put("is_bot", false).put("first_name", "Nina");
            message(query.putObject("message"), chatId, "private", null).put("text", "(menu)");
            return update;
        }

        static ObjectNode sticker(long chatId) {
            ObjectNode update = JSON.createObjectNode().put("update_id", IDS.incrementAndGet());
            message(update.putObject("message"), chatId, "private", null).putObject("sticker")
                    .put("file_id", "s1").put("file_unique_id", "s1").put("type", "regular")
                    .put("width", 512).put("height", 512).put("is_animated", false).put("is_video", false);
            return update;
        }

        static ObjectNode photo(long chatId, String caption) {
            ObjectNode update = JSON.createObjectNode().put("update_id", IDS.incrementAndGet());
            ObjectNode message = message(update.putObject("message"), chatId, "private", null).put("caption", caption);
            message.putArray("photo").addObject().put("file_id", "p1").put("file_unique_id", "p1")
                    .put("width", 640).put("height", 480);
            return update;
        }

        static ObjectNode edited(long chatId, String text) {
            ObjectNode update = JSON.createObjectNode().put("update_id", IDS.incrementAndGet());
            message(update.putObject("edited_message"), chatId, "private", null).put("text", text)
                    .put("edit_date", Instant.now().getEpochSecond());
            return update;
        }

        static ObjectNode groupText(long groupId, String text) {
            ObjectNode update = JSON.createObjectNode().put("update_id", IDS.incrementAndGet());
            message(update.putObject("message"), groupId, "group", null).put("text", text);
            commandEntity(update, text);
            return update;
        }

        private static void commandEntity(ObjectNode update, String text) {
            if (text.startsWith("/")) {
                int end = text.indexOf(' ') < 0 ? text.length() : text.indexOf(' ');
                ((ObjectNode) update.get("message")).putArray("entities").addObject()
                        .put("type", "bot_command").put("offset", 0).put("length", end);
            }
        }

        private static ObjectNode message(ObjectNode message, long chatId, String chatType, String languageCode) {
            message.put("message_id", IDS.incrementAndGet()).put("date", Instant.now().getEpochSecond());
            ObjectNode from = message.putObject("from").put("id", Math.abs(chatId)).put("is_bot", false)
                    .put("first_name", "Nina");
            if (languageCode != null) {
                from.put("language_code", languageCode);
            }
            ObjectNode chat = message.putObject("chat").put("id", chatId).put("type", chatType);
            if (!chatType.equals("private")) {
                chat.put("title", "Some group");
            }
            return message;
        }
    }
}
