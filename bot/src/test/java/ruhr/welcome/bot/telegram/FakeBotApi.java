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
 * When it records, it also keeps what each chat shows, as Telegram would: the people's messages
 * from offered updates and the bot's messages and copies, so that copies carry their source's text
 * or caption and edits are refused as Telegram refuses them (unknown message, not the bot's, text
 * of a photo, caption of a text, nothing changed).
 */
final class FakeBotApi implements AutoCloseable {

    /** A call the bot made, with its JSON body and the fake's answer. */
    record Call(String method, JsonNode body, Instant at, JsonNode response) {
        String chatId() {
            return body.path("chat_id").asText();
        }

        String text() {
            return body.path("text").asText();
        }

        boolean ok() {
            return response.path("ok").asBoolean();
        }

        /** The id of the message the call created or changed. */
        long messageId() {
            return response.path("result").path("message_id").asLong();
        }
    }

    /**
     * A message as its chat shows it; {@code fromBot} for the bot's messages and copies, which it
     * may edit. Copies show their source's content and nothing of who wrote it.
     */
    record Shown(long messageId, boolean fromBot, boolean media, String text, String caption, JsonNode replyMarkup,
                 boolean edited) {
        /** The text, or the caption of media. */
        String content() {
            return media ? caption : text;
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
    /** The bot's message ids, far from the ids of offered updates so that they never meet in a chat. */
    private final AtomicLong messageIds = new AtomicLong(1_000_000);
    /** What each chat shows, by message id; only kept while recording (a load run would fill memory). */
    private final Map<String, Map<Long, Shown>> chats = new ConcurrentHashMap<>();
    private final boolean recording;

    /** A fake for {@code token} on a free loopback port, for a test class's static field. */
    static FakeBotApi onLoopback(String token) {
        try {
            return new FakeBotApi(token);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Calls addressed to a chat. */
    static Predicate<Call> to(long chat) {
        return call -> call.chatId().equals(Long.toString(chat));
    }

    /** Copies of a message from a chat (copyMessage's source). */
    static Predicate<Call> from(long chat) {
        return call -> call.body().path("from_chat_id").asLong() == chat;
    }

    static Predicate<Call> method(String method) {
        return call -> call.method().equals(method);
    }

    /** The callback data of an inline button of a sent message. */
    static String button(Call call, int row, int column) {
        return call.body().at("/reply_markup/inline_keyboard/" + row + "/" + column + "/callback_data").asText();
    }

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
        this.recording = sink == null;
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
        if (recording) {
            for (String kind : List.of("message", "edited_message")) {
                JsonNode message = update.path(kind);
                if (message.isObject()) {
                    boolean media = !message.has("text");
                    show(message.path("chat").path("id").asText(), new Shown(message.path("message_id").asLong(), false,
                            media, message.path("text").asText(null), message.path("caption").asText(null), null,
                            kind.equals("edited_message")));
                }
            }
        }
        synchronized (pendingUpdates) {
            pendingUpdates.add(update);
            pendingUpdates.notifyAll();
        }
    }

    void failNext(String method, Fault fault) {
        faults.computeIfAbsent(method, m -> new ConcurrentLinkedQueue<>()).add(fault);
    }

    /** Fails the next call of a method to one chat only. */
    void failNextTo(String method, long chatId, Fault fault) {
        faults.computeIfAbsent(method + ":" + chatId, m -> new ConcurrentLinkedQueue<>()).add(fault);
    }

    /** Injected failures not yet used up. */
    int faultsLeft(String method) {
        return faults.getOrDefault(method, new ConcurrentLinkedQueue<>()).size();
    }

    int faultsLeft(String method, long chatId) {
        return faultsLeft(method + ":" + chatId);
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

    /** What a chat shows now, oldest first. */
    List<Shown> shown(long chatId) {
        return chats.getOrDefault(Long.toString(chatId), Map.of()).values().stream()
                .sorted(java.util.Comparator.comparingLong(Shown::messageId)).toList();
    }

    Shown shown(long chatId, long messageId) {
        return chats.getOrDefault(Long.toString(chatId), Map.of()).get(messageId);
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
            Fault fault = faults.getOrDefault(method + ":" + body.path("chat_id").asText(), new ConcurrentLinkedQueue<>()).poll();
            if (fault == null) {
                fault = faults.getOrDefault(method, new ConcurrentLinkedQueue<>()).poll();
            }
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
            Answer answer = answer(method, body);
            JsonNode response = answer.status() == 200 ? ok(answer.body()) : error(answer.status(), answer.body().asText(), null);
            sink.accept(new Call(method, body, Instant.now(), response));
            respond(exchange, answer.status(), response);
        }
    }

    private static final List<String> METHODS = List.of("getUpdates", "sendMessage", "editMessageText",
            "editMessageCaption", "editMessageReplyMarkup", "copyMessage", "getMe", "answerCallbackQuery", "setMyCommands", "deleteMyCommands",
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

    /** HTTP status and result, or the error description for a status other than 200. */
    private record Answer(int status, JsonNode body) {
        static Answer ok(JsonNode result) {
            return new Answer(200, result);
        }

        static Answer badRequest(String description) {
            return new Answer(400, JSON.getNodeFactory().textNode("Bad Request: " + description));
        }
    }

    private Answer answer(String method, JsonNode body) {
        String chat = body.path("chat_id").asText();
        return switch (method) {
            case "sendMessage" -> {
                Shown sent = new Shown(messageIds.incrementAndGet(), true, false, body.path("text").asText(""), null,
                        body.get("reply_markup"), false);
                show(chat, sent);
                yield Answer.ok(message(chat, sent));
            }
            case "copyMessage" -> {
                Shown source = recording ? shown(body.path("from_chat_id").asText(), body.path("message_id").asLong()) : null;
                if (recording && source == null) {
                    yield Answer.badRequest("message to copy not found");
                }
                long id = messageIds.incrementAndGet();
                show(chat, source == null ? new Shown(id, true, false, "", null, null, false)
                        : new Shown(id, true, source.media(), source.text(), source.caption(), body.get("reply_markup"), false));
                yield Answer.ok(JSON.createObjectNode().put("message_id", id));
            }
            case "editMessageText", "editMessageCaption" -> edit(method.equals("editMessageCaption"), chat, body);
            case "getMe" -> Answer.ok(JSON.createObjectNode().put("id", 42).put("is_bot", true).put("first_name", "Welcome")
                    .put("username", "welcome_ruhr_bot"));
            default -> Answer.ok(JSON.getNodeFactory().booleanNode(true));
        };
    }

    /** Edits as Telegram takes them; without reply_markup the message's buttons go. */
    private Answer edit(boolean caption, String chat, JsonNode body) {
        if (!recording) {
            return Answer.ok(message(chat, new Shown(body.path("message_id").asLong(), true, caption,
                    body.path("text").asText(null), body.path("caption").asText(null), body.get("reply_markup"), true)));
        }
        Shown current = shown(chat, body.path("message_id").asLong());
        if (current == null) {
            return Answer.badRequest("message to edit not found");
        }
        if (!current.fromBot()) {
            return Answer.badRequest("message can't be edited");
        }
        if (caption != current.media()) {
            return Answer.badRequest(caption ? "there is no caption in the message to edit" : "there is no text in the message to edit");
        }
        String content = body.path(caption ? "caption" : "text").asText("");
        JsonNode markup = body.get("reply_markup");
        if (content.equals(current.content()) && java.util.Objects.equals(markup, current.replyMarkup())) {
            return Answer.badRequest("message is not modified: specified new message content and reply markup are exactly "
                    + "the same as a current content and reply markup of the message");
        }
        Shown changed = new Shown(current.messageId(), true, current.media(), caption ? current.text() : content,
                caption ? content : current.caption(), markup, true);
        show(chat, changed);
        return Answer.ok(message(chat, changed));
    }

    private void show(String chat, Shown message) {
        if (recording) {
            chats.computeIfAbsent(chat, c -> new ConcurrentHashMap<>()).put(message.messageId(), message);
        }
    }

    private Shown shown(String chat, long messageId) {
        return chats.getOrDefault(chat, Map.of()).get(messageId);
    }

    /** A Message as the Bot API returns it. */
    private static ObjectNode message(String chat, Shown shown) {
        ObjectNode message = JSON.createObjectNode();
        message.put("message_id", shown.messageId());
        message.put("date", Instant.now().getEpochSecond());
        if (shown.edited()) {
            message.put("edit_date", Instant.now().getEpochSecond());
        }
        message.putObject("chat").put("id", Long.parseLong(chat)).put("type", "private");
        if (shown.media()) {
            message.putArray("photo").addObject().put("file_id", "p1").put("file_unique_id", "p1").put("width", 640)
                    .put("height", 480);
            if (shown.caption() != null) {
                message.put("caption", shown.caption());
            }
        } else {
            message.put("text", shown.text() == null ? "" : shown.text());
        }
        if (shown.replyMarkup() != null) {
            message.set("reply_markup", shown.replyMarkup());
        }
        return message;
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
        /** Who sends the offered messages: what must never reach anyone else. */
        static final String FIRST_NAME = "Nina";
        static final String LAST_NAME = "Petrenko";
        static final String USERNAME = "nina_from_kyiv";
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
            query.putObject("from").put("id", chatId).put("is_bot", false).put("first_name", FIRST_NAME)
                    .put("last_name", LAST_NAME).put("username", USERNAME);
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

        /** The person edited their text message {@code messageId}. */
        static ObjectNode editedText(long chatId, long messageId, String text) {
            ObjectNode update = edited(chatId, text);
            ((ObjectNode) update.get("edited_message")).put("message_id", messageId);
            return update;
        }

        /** The person edited the caption of their photo {@code messageId}. */
        static ObjectNode editedCaption(long chatId, long messageId, String caption) {
            ObjectNode update = photo(chatId, caption);
            ObjectNode message = (ObjectNode) update.remove("message");
            message.put("message_id", messageId).put("edit_date", Instant.now().getEpochSecond());
            update.set("edited_message", message);
            return update;
        }

        /** The id of the message an update carries. */
        static long messageId(ObjectNode update) {
            return update.path("message").path("message_id").asLong();
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
                    .put("first_name", FIRST_NAME).put("last_name", LAST_NAME).put("username", USERNAME);
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
