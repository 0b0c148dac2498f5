package studiobot.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import javax.net.ServerSocketFactory;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * A Bot API server on 127.0.0.1 that speaks enough of the real protocol for the bot: long-polled
 * getUpdates with offsets (an update is dropped only once a later offset confirms it), and every
 * other method recorded and answered, by default with success, or with scripted failures.
 * Each request is stamped with the time on the given clock: the bot's own, in a test that drives it.
 */
final class FakeBotApi implements AutoCloseable {
    static final String TOKEN = "123456:TEST-token";
    private static final long BOT_ID = 999;
    /** How long an empty getUpdates is held; short, because a bot that stops waits for its last poll to end. */
    private static final Duration LONG_POLL = Duration.ofMillis(50);

    /** One request the bot made (other than getUpdates), its JSON body, and when it came on the clock. */
    record Call(String method, JsonNode body, Instant at) {
        long chatId() {
            return body.path("chat_id").asLong();
        }

        String text() {
            return body.path("text").asText();
        }

        List<String> buttonData() {
            List<String> data = new ArrayList<>();
            body.path("reply_markup").path("inline_keyboard").forEach(row -> row.forEach(b -> data.add(b.path("callback_data").asText())));
            return data;
        }
    }

    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper();
    private final MockWebServer server = new MockWebServer();
    private final List<ObjectNode> updates = new ArrayList<>();
    private final Map<Integer, String> raw = new HashMap<>();
    private final Map<Integer, Integer> delivered = new HashMap<>();
    private long firstPoll;
    private long polls;
    private final List<Call> calls = new ArrayList<>();
    private final Map<String, Deque<MockResponse>> scripts = new HashMap<>();
    private int nextUpdateId = 1;
    private int nextMessageId = 100;
    private long confirmedBelow;
    /** How long each call other than getUpdates takes to answer, as Telegram's round trip would: none by default. */
    private volatile Duration roundTrip = Duration.ZERO;
    private final Map<String, AtomicInteger> inFlight = new ConcurrentHashMap<>();
    private final Map<String, Integer> mostInFlight = new ConcurrentHashMap<>();

    FakeBotApi(Clock clock) throws IOException {
        this.clock = clock;
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
                return answer(request);
            }
        });
        server.setServerSocketFactory(new NoDelaySockets());
        server.start(InetAddress.getByName("127.0.0.1"), 0);
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + server.getPort());
    }

    // --- what the test does as Telegram's users ---

    synchronized int userSends(long userId, String firstName, String languageCode, String text) {
        ObjectNode message = newMessage(userId, firstName, languageCode);
        message.put("text", text);
        return queue(message);
    }

    /** A message from this person in their private chat, its content still to be put in. */
    private ObjectNode newMessage(long userId, String firstName, String languageCode) {
        ObjectNode message = json.createObjectNode();
        message.put("message_id", nextMessageId++);
        message.put("date", 1_764_576_000);
        message.set("chat", chat(userId, firstName));
        message.set("from", user(userId, firstName, languageCode));
        return message;
    }

    /** Queues the message as the next update for the bot's poll; returns the update's id. */
    private int queue(ObjectNode message) {
        ObjectNode update = json.createObjectNode();
        int id = nextUpdateId++;
        update.put("update_id", id);
        update.set("message", message);
        updates.add(update);
        notifyAll();
        return id;
    }

    synchronized int userSendsSticker(long userId, String firstName, String languageCode, String emoji) {
        ObjectNode message = newMessage(userId, firstName, languageCode);
        ObjectNode sticker = message.putObject("sticker");
        sticker.put("file_id", "sticker-file");
        sticker.put("file_unique_id", "sticker-unique");
        sticker.put("type", "regular");
        sticker.put("width", 512);
        sticker.put("height", 512);
        sticker.put("is_animated", false);
        sticker.put("is_video", false);
        sticker.put("emoji", emoji);
        return queue(message);
    }

    synchronized int userPresses(long userId, String firstName, String data, long onMessageId) {
        ObjectNode update = json.createObjectNode();
        int id = nextUpdateId++;
        update.put("update_id", id);
        ObjectNode q = update.putObject("callback_query");
        q.put("id", "cb-" + id);
        q.set("from", user(userId, firstName, "en"));
        q.put("chat_instance", "ci-" + userId);
        q.put("data", data);
        ObjectNode message = q.putObject("message");
        message.put("message_id", onMessageId);
        message.put("date", 1_764_576_000);
        message.set("chat", chat(userId, firstName));
        message.set("from", user(BOT_ID, "Studio", null).put("is_bot", true));
        message.put("text", "(the bot's message)");
        updates.add(update);
        notifyAll();
        return id;
    }

    /** A press on a message in a group the bot is in: the bot serves private chats only. */
    synchronized int userPressesInGroup(long userId, String firstName, String data, long groupId) {
        int id = userPresses(userId, firstName, data, 1);
        ObjectNode chat = (ObjectNode) updates.get(updates.size() - 1).at("/callback_query/message/chat");
        chat.put("id", groupId);
        chat.put("type", "group");
        chat.put("title", "Studio friends");
        return id;
    }

    /**
     * An update as raw JSON, exactly as given (it need not be JSON this fake could write: a NaN, a
     * number beyond 64 bits), with {@code %ID%} replaced by its update id; returns the id.
     */
    synchronized int rawUpdate(String json) {
        int id = nextUpdateId++;
        ObjectNode stand = this.json.createObjectNode();
        stand.put("update_id", id);
        raw.put(id, json.replace("%ID%", Integer.toString(id)));
        updates.add(stand);
        notifyAll();
        return id;
    }

    /** When (System.nanoTime) the first getUpdates came; waits for it up to the timeout. */
    synchronized long awaitFirstPoll(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (firstPoll == 0) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("no getUpdates within " + timeout);
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return firstPoll;
    }

    /** Waits until getUpdates has been asked more than {@code seen} times in all (a restarted bot polls again). */
    synchronized long awaitPollAfter(long seen, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (polls <= seen) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("no getUpdates within " + timeout);
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return polls;
    }

    synchronized long polls() {
        return polls;
    }

    /** How many times the update of this id has been handed out by getUpdates. */
    synchronized int deliveries(int updateId) {
        return delivered.getOrDefault(updateId, 0);
    }

    /** A chat as this fake writes it, as JSON text: for raw updates. */
    String chatJson(long id, String firstName) {
        return chat(id, firstName).toString();
    }

    /** A person as this fake writes one, as JSON text: for raw updates. */
    String userJson(long id, String firstName) {
        return user(id, firstName, "en").toString();
    }

    /** Acts as a server that lost its confirmations: every update is delivered again from the start. */
    synchronized void forgetConfirmations() {
        confirmedBelow = 0;
    }

    /** The most calls of {@code method} (lower case) that were in their round trip at once. */
    int mostInFlight(String method) {
        return mostInFlight.getOrDefault(method, 0);
    }

    /** Every later call other than getUpdates is answered after this long (Telegram's is typically 50-150 ms). */
    void roundTrip(Duration wait) {
        roundTrip = wait;
    }

    /** The next calls of {@code method} are answered with these responses, in order. */
    synchronized void script(String method, MockResponse... responses) {
        scripts.computeIfAbsent(method, m -> new ArrayDeque<>()).addAll(List.of(responses));
    }

    /** The next calls of {@code method} for one chat are answered with these, in order; other chats are served as usual. */
    synchronized void script(String method, long chatId, MockResponse... responses) {
        scripts.computeIfAbsent(method + "@" + chatId, m -> new ArrayDeque<>()).addAll(List.of(responses));
    }

    synchronized void clearScripts() {
        scripts.clear();
    }

    static MockResponse error(int code, String description, Integer retryAfter) {
        String params = retryAfter == null ? "" : ",\"parameters\":{\"retry_after\":" + retryAfter + "}";
        return new MockResponse().setResponseCode(code).setHeader("Content-Type", "application/json")
                .setBody("{\"ok\":false,\"error_code\":" + code + ",\"description\":\"" + description + "\"" + params + "}");
    }

    static MockResponse htmlError(int code) {
        return new MockResponse().setResponseCode(code).setHeader("Content-Type", "text/html")
                .setBody("<html><body>Bad Gateway</body></html>");
    }

    // --- what the test checks ---

    synchronized List<Call> calls(String method) {
        return calls.stream().filter(c -> c.method().equals(method)).toList();
    }

    /** Waits until a call of {@code method} matching {@code test} has come; fails after the timeout. */
    synchronized Call await(String method, Predicate<Call> test, Duration timeout) throws InterruptedException {
        return awaitNth(method, test, 1, timeout);
    }

    /** Waits until the {@code n}th call (from 1) of {@code method} matching {@code test} has come; fails after the timeout. */
    synchronized Call awaitNth(String method, Predicate<Call> test, int n, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            int seen = 0;
            for (Call c : calls) {
                if (c.method().equals(method) && test.test(c) && ++seen == n) {
                    return c;
                }
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("no " + (n == 1 ? "" : "#" + n + " ") + method + " call matching within " + timeout
                        + " (clock at " + clock.instant() + "); calls so far: " + calls);
            }
            wait(Math.max(1, left / 1_000_000));
        }
    }

    /** Waits until the bot has confirmed every update (asked for an offset past the last). */
    synchronized void awaitAllConfirmed(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (confirmedBelow < nextUpdateId) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("updates below " + nextUpdateId + " not confirmed; confirmed below " + confirmedBelow);
            }
            wait(Math.max(1, left / 1_000_000));
        }
    }

    // --- the server side ---

    private MockResponse answer(RecordedRequest request) throws InterruptedException {
        String path = request.getPath() == null ? "" : request.getPath();
        if (!path.startsWith("/bot" + TOKEN + "/")) {
            return error(401, "Unauthorized", null);
        }
        String method = path.substring(path.lastIndexOf('/') + 1).toLowerCase(java.util.Locale.ROOT);
        JsonNode body;
        String type = request.getHeader("Content-Type");
        try {
            String text = request.getBody().readUtf8();
            body = type != null && type.startsWith("multipart/form-data") ? multipart(text, type)
                    : text.isBlank() ? json.createObjectNode() : json.readTree(text);
        } catch (IOException e) {
            return error(400, "Bad Request: body is not JSON", null);
        }
        if (method.equals("getupdates")) {
            synchronized (this) {
                if (firstPoll == 0) {
                    firstPoll = System.nanoTime();
                }
                polls++;
                notifyAll();
            }
            return getUpdates(body.path("offset").asLong(0), body.path("limit").asInt(100));
        }
        if (!roundTrip.isZero()) {
            AtomicInteger running = inFlight.computeIfAbsent(method, m -> new AtomicInteger());
            mostInFlight.merge(method, running.incrementAndGet(), Math::max);
            try {
                Thread.sleep(roundTrip.toMillis()); // outside the lock: the calls of different chats overlap, as at Telegram
            } finally {
                running.decrementAndGet();
            }
        }
        synchronized (this) {
            calls.add(new Call(method, body, clock.instant()));
            notifyAll();
            for (String key : List.of(method + "@" + body.path("chat_id").asText(), method)) {
                Deque<MockResponse> scripted = scripts.get(key);
                if (scripted != null && !scripted.isEmpty()) {
                    return scripted.poll();
                }
            }
            return switch (method) {
                case "sendmessage", "senddocument", "sendphoto", "sendvenue" -> {
                    long id = nextMessageId++;
                    if (body instanceof ObjectNode o) {
                        o.put("_message_id", id); // what the bot will know the message by: for a press on it
                    }
                    yield ok(sentMessage(body, id));
                }
                case "editmessagetext" -> ok(sentMessage(body, body.path("message_id").asLong()));
                case "getme" -> ok(user(BOT_ID, "Studio", null).put("is_bot", true).put("username", "studio_test_bot"));
                default -> ok(json.getNodeFactory().booleanNode(true));
            };
        }
    }

    /**
     * A file upload (sendDocument) as JSON: each form field by its name; a file field as an object
     * with its {@code filename} and {@code content} (text files only, which is all the bot sends).
     */
    private ObjectNode multipart(String body, String contentType) {
        String boundary = "--" + contentType.substring(contentType.indexOf("boundary=") + "boundary=".length()).replace("\"", "");
        ObjectNode fields = json.createObjectNode();
        for (String part : body.split(java.util.regex.Pattern.quote(boundary))) {
            int blank = part.indexOf("\r\n\r\n");
            if (blank < 0) {
                continue;
            }
            String headers = part.substring(0, blank);
            String value = part.substring(blank + 4).replaceFirst("\r\n$", "");
            java.util.regex.Matcher name = java.util.regex.Pattern.compile("name=\"([^\"]*)\"").matcher(headers);
            if (!name.find()) {
                continue;
            }
            java.util.regex.Matcher file = java.util.regex.Pattern.compile("filename=\"([^\"]*)\"").matcher(headers);
            if (file.find()) {
                fields.putObject(name.group(1)).put("filename", file.group(1)).put("content", value);
            } else {
                fields.put(name.group(1), value);
            }
        }
        // a field may name a file sent as another part: "document": "attach://booking-1.ics"
        List<String> names = new ArrayList<>();
        fields.fieldNames().forEachRemaining(names::add);
        for (String n : names) {
            String v = fields.path(n).asText("");
            if (v.startsWith("attach://") && fields.has(v.substring("attach://".length()))) {
                fields.set(n, fields.remove(v.substring("attach://".length())));
            }
        }
        return fields;
    }

    /** Up to {@code limit} updates from the offset on (Telegram gives 1 to 100, 100 by default). */
    private synchronized MockResponse getUpdates(long offset, int limit) throws InterruptedException {
        if (offset > confirmedBelow) {
            confirmedBelow = offset;
            notifyAll();
        }
        long deadline = System.nanoTime() + LONG_POLL.toNanos();
        List<String> result = new ArrayList<>();
        while (true) {
            // update ids run from 1 in list order: the first not confirmed is found by its id, not by reading all before it
            long from = Math.max(offset, confirmedBelow);
            for (int i = (int) Math.max(0, Math.min(from - 1, updates.size())); i < updates.size() && result.size() < Math.max(1, Math.min(limit, 100)); i++) {
                ObjectNode u = updates.get(i);
                int id = u.path("update_id").asInt();
                if (id >= from) {
                    result.add(raw.getOrDefault(id, u.toString()));
                    delivered.merge(id, 1, Integer::sum);
                }
            }
            long left = deadline - System.nanoTime();
            if (!result.isEmpty() || left <= 0) {
                return new MockResponse().setHeader("Content-Type", "application/json")
                        .setBody("{\"ok\":true,\"result\":[" + String.join(",", result) + "]}");
            }
            wait(Math.max(1, left / 1_000_000));
        }
    }

    private ObjectNode sentMessage(JsonNode body, long messageId) {
        ObjectNode m = json.createObjectNode();
        m.put("message_id", messageId);
        m.put("date", 1_764_576_000);
        m.set("chat", chat(body.path("chat_id").asLong(), "someone"));
        m.set("from", user(BOT_ID, "Studio", null).put("is_bot", true));
        m.put("text", body.path("text").asText());
        return m;
    }

    private MockResponse ok(JsonNode result) {
        ObjectNode envelope = json.createObjectNode();
        envelope.put("ok", true);
        envelope.set("result", result);
        return new MockResponse().setHeader("Content-Type", "application/json").setBody(envelope.toString());
    }

    private ObjectNode chat(long id, String firstName) {
        ObjectNode chat = json.createObjectNode();
        chat.put("id", id);
        chat.put("type", "private");
        chat.put("first_name", firstName);
        return chat;
    }

    private ObjectNode user(long id, String firstName, String languageCode) {
        ObjectNode user = json.createObjectNode();
        user.put("id", id);
        user.put("is_bot", false);
        user.put("first_name", firstName);
        if (languageCode != null) {
            user.put("language_code", languageCode);
        }
        return user;
    }

    @Override
    public void close() throws IOException {
        server.shutdown();
    }

    /**
     * Server sockets whose connections send at once (TCP_NODELAY). MockWebServer writes a
     * response's headers and body separately; with Nagle's algorithm the body then waits for the
     * client's delayed ACK, about 40 ms on Linux, for every request the bot makes.
     */
    private static final class NoDelaySockets extends ServerSocketFactory {
        @Override
        public ServerSocket createServerSocket() throws IOException {
            return new ServerSocket() {
                @Override
                public Socket accept() throws IOException {
                    Socket socket = new Socket();
                    implAccept(socket);
                    socket.setTcpNoDelay(true);
                    return socket;
                }
            };
        }

        // MockWebServer binds an unbound socket itself; these are not used
        @Override
        public ServerSocket createServerSocket(int port) {
            throw new UnsupportedOperationException();
        }

        @Override
        public ServerSocket createServerSocket(int port, int backlog) {
            throw new UnsupportedOperationException();
        }

        @Override
        public ServerSocket createServerSocket(int port, int backlog, InetAddress address) {
            throw new UnsupportedOperationException();
        }
    }
}
