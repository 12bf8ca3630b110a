package kr.seoul.smartcity.summary;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A stand-in for a language model server, for tests only: it speaks the OpenAI-compatible chat completions API
 * ({@code POST /v1/chat/completions}, JSON or server-sent events ending in {@code data: [DONE]}) and Ollama's
 * ({@code POST /api/chat}, JSON or NDJSON lines). Its answers are summaries in the JSON form the app asks for, built
 * from the passages in the request ({@code [p3] ...}) so that their citations are real; a test can instead fix the
 * answer, make the server fail (503) or make it too slow.
 */
public final class FakeLlmServer implements AutoCloseable {

    public enum Mode {
        NORMAL,
        DOWN,
        SLOW
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern PASSAGE = Pattern.compile("\\[(p\\d+)] ?([^\\n\\[]*)");
    /** A line of the notes the app sends to combine the parts of a long document: {@code - overview: text [p3]}. */
    private static final Pattern NOTE =
            Pattern.compile("- \\w+: (?:요점 \\d+: |수치: |Point \\d+: |Figure: )?([^\\n\\[]*?) ?\\[(p\\d+)]");

    private final HttpServer server;
    private final List<JsonNode> requests = new CopyOnWriteArrayList<>();
    private volatile Mode mode = Mode.NORMAL;
    private volatile String fixedAnswer;
    private volatile Duration chunkDelay = Duration.ofMillis(20);
    private volatile Duration slowness = Duration.ofSeconds(5);

    public FakeLlmServer() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", this::handle);
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public FakeLlmServer mode(Mode newMode) {
        mode = newMode;
        return this;
    }

    /** Answers with this text from now on (null: built from the passages again). */
    public FakeLlmServer answer(String answer) {
        fixedAnswer = answer;
        return this;
    }

    public FakeLlmServer chunkDelay(Duration delay) {
        chunkDelay = delay;
        return this;
    }

    public FakeLlmServer slowness(Duration delay) {
        slowness = delay;
        return this;
    }

    /** The request bodies received, oldest first. */
    public List<JsonNode> requests() {
        return List.copyOf(requests);
    }

    public void reset() {
        mode = Mode.NORMAL;
        fixedAnswer = null;
        requests.clear();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            if (!exchange.getRequestMethod().equals("POST")
                    || !(path.endsWith("/chat/completions") || path.equals("/api/chat"))) {
                send(exchange, 404, "application/json", "{\"error\":{\"message\":\"not found\"}}");
                return;
            }
            JsonNode request = JSON.readTree(exchange.getRequestBody().readAllBytes());
            requests.add(request);
            if (mode == Mode.DOWN) {
                send(
                        exchange,
                        503,
                        "application/json",
                        "{\"error\":{\"message\":\"model is loading\",\"type\":\"server_error\",\"code\":503}}");
                return;
            }
            if (mode == Mode.SLOW) {
                sleep(slowness);
            }
            String answer = fixedAnswer != null ? fixedAnswer : answerFor(request);
            boolean ollama = path.equals("/api/chat");
            boolean stream = request.path("stream").asBoolean(ollama);
            String model = request.path("model").asString("fake");
            if (ollama) {
                ollama(exchange, model, answer, stream);
            } else {
                openAi(exchange, model, answer, stream);
            }
        } catch (IOException e) {
            // the client went away (cancelled or timed out): nothing to answer
        }
    }

    private void openAi(HttpExchange exchange, String model, String answer, boolean stream) throws IOException {
        long created = Instant.now().getEpochSecond();
        if (!stream) {
            ObjectNode body = JSON.createObjectNode();
            body.put("id", "chatcmpl-fake")
                    .put("object", "chat.completion")
                    .put("created", created)
                    .put("model", model);
            ObjectNode choice = body.putArray("choices").addObject();
            choice.put("index", 0).put("finish_reason", "stop");
            choice.putObject("message").put("role", "assistant").put("content", answer);
            body.putObject("usage")
                    .put("prompt_tokens", 100)
                    .put("completion_tokens", 50)
                    .put("total_tokens", 150);
            send(exchange, 200, "application/json", JSON.writeValueAsString(body));
            return;
        }
        exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        List<String> pieces = pieces(answer);
        for (int i = 0; i <= pieces.size(); i++) {
            ObjectNode chunk = JSON.createObjectNode();
            chunk.put("id", "chatcmpl-fake")
                    .put("object", "chat.completion.chunk")
                    .put("created", created)
                    .put("model", model);
            ObjectNode choice = chunk.putArray("choices").addObject();
            choice.put("index", 0);
            ObjectNode delta = choice.putObject("delta");
            if (i < pieces.size()) {
                if (i == 0) {
                    delta.put("role", "assistant");
                }
                delta.put("content", pieces.get(i));
                choice.putNull("finish_reason");
            } else {
                choice.put("finish_reason", "stop");
            }
            out.write(("data: " + JSON.writeValueAsString(chunk) + "\n\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
            sleep(chunkDelay);
        }
        out.write("data: [DONE]\n\n".getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private void ollama(HttpExchange exchange, String model, String answer, boolean stream) throws IOException {
        String now = Instant.now().toString();
        if (!stream) {
            send(exchange, 200, "application/json", JSON.writeValueAsString(ollamaLine(model, now, answer, true)));
            return;
        }
        exchange.getResponseHeaders().add("Content-Type", "application/x-ndjson");
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        for (String piece : pieces(answer)) {
            out.write((JSON.writeValueAsString(ollamaLine(model, now, piece, false)) + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            out.flush();
            sleep(chunkDelay);
        }
        out.write((JSON.writeValueAsString(ollamaLine(model, now, "", true)) + "\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private static ObjectNode ollamaLine(String model, String at, String content, boolean done) {
        ObjectNode line = JSON.createObjectNode();
        line.put("model", model).put("created_at", at);
        line.putObject("message").put("role", "assistant").put("content", content);
        line.put("done", done);
        if (done) {
            line.put("done_reason", "stop")
                    .put("total_duration", 1_000_000L)
                    .put("load_duration", 1000L)
                    .put("prompt_eval_count", 100)
                    .put("prompt_eval_duration", 1000L)
                    .put("eval_count", 50)
                    .put("eval_duration", 1000L);
        }
        return line;
    }

    /** A summary citing the passages of the request: an overview from the first three, then one line per section. */
    static String answerFor(JsonNode request) {
        String system = "";
        String user = "";
        for (JsonNode message : request.path("messages")) {
            String content = content(message);
            if (message.path("role").asString().equals("system")) {
                system = content;
            } else if (message.path("role").asString().equals("user")) {
                user = content;
            }
        }
        boolean english = system.contains("in English");
        Map<String, String> passages = new LinkedHashMap<>();
        if (user.contains("<notes>")) {
            Matcher note = NOTE.matcher(user);
            while (note.find()) {
                passages.putIfAbsent(note.group(2), note.group(1).strip());
            }
        } else {
            Matcher matcher = PASSAGE.matcher(user);
            while (matcher.find()) {
                passages.putIfAbsent(matcher.group(1), matcher.group(2).strip());
            }
        }
        List<String> ids = new ArrayList<>(passages.keySet());
        if (ids.isEmpty()) {
            return "{\"overview\":[]}";
        }
        ObjectNode answer = JSON.createObjectNode();
        var overview = answer.putArray("overview");
        for (int i = 0; i < Math.min(3, ids.size()); i++) {
            String id = ids.get(i);
            overview.addObject()
                    .put("text", (english ? "Point " : "요점 ") + (i + 1) + ": " + shorten(passages.get(id)))
                    .putArray("citations")
                    .add(id);
        }
        String last = ids.getLast();
        answer.putArray("keyFigures")
                .addObject()
                .put("text", (english ? "Figure: " : "수치: ") + shorten(passages.get(last)))
                .putArray("citations")
                .add(last);
        answer.putArray("decisions");
        answer.putArray("actionItems")
                .addObject()
                .put("text", english ? "Follow up on the measures described." : "기술된 조치의 후속 점검이 필요합니다.")
                .putArray("citations")
                .add(ids.get(ids.size() / 2));
        answer.putArray("risks");
        return JSON.writeValueAsString(answer);
    }

    private static String content(JsonNode message) {
        JsonNode content = message.path("content");
        if (content.isArray()) {
            StringBuilder text = new StringBuilder();
            content.forEach(part -> text.append(part.path("text").asString("")));
            return text.toString();
        }
        return content.asString("");
    }

    private static String shorten(String text) {
        return text.length() > 70 ? text.substring(0, 70) + "…" : text;
    }

    private static List<String> pieces(String answer) {
        List<String> pieces = new ArrayList<>();
        for (int i = 0; i < answer.length(); i += 16) {
            pieces.add(answer.substring(i, Math.min(answer.length(), i + 16)));
        }
        return pieces;
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
