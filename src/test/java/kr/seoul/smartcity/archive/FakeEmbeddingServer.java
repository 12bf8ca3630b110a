package kr.seoul.smartcity.archive;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A stand-in for an embedding model server, for tests only: it speaks Ollama's embed API ({@code POST /api/embed}:
 * {@code {"model", "input": [...]}} to {@code {"model", "embeddings": [[...]]}}) and the OpenAI-compatible one
 * ({@code POST .../embeddings} to {@code {"object": "list", "data": [{"index", "embedding"}]}}). Its vectors stand
 * for a few concepts, so that texts about the same thing in other words (따릉이, 공공자전거, bicycle) are alike
 * and others are not; a test can make it fail (503).
 */
public final class FakeEmbeddingServer implements AutoCloseable {

    /** The concepts, each with words that mean it; the last dimension is for everything else. */
    private static final List<List<String>> CONCEPTS = List.of(
            List.of("따릉이", "공공자전거", "자전거", "bicycle", "bike", "cycling", "cyclist"),
            List.of("미세먼지", "먼지", "dust", "air quality", "대기질"),
            List.of("침수", "홍수", "빗물", "flood", "rainfall"),
            List.of("폭염", "무더위", "heat"),
            List.of("예산", "재정", "budget"));

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpServer server;
    private final List<JsonNode> requests = new CopyOnWriteArrayList<>();
    private volatile boolean down;

    public FakeEmbeddingServer() {
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

    public FakeEmbeddingServer down(boolean failing) {
        down = failing;
        return this;
    }

    public List<JsonNode> requests() {
        return List.copyOf(requests);
    }

    /** The vector the server gives a text: its concepts' share, and a little of "everything else". */
    public static float[] vector(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        float[] vector = new float[CONCEPTS.size() + 1];
        for (int c = 0; c < CONCEPTS.size(); c++) {
            for (String word : CONCEPTS.get(c)) {
                if (lower.contains(word)) {
                    vector[c] += 1;
                }
            }
        }
        vector[CONCEPTS.size()] = 0.3f;
        double norm = 0;
        for (float value : vector) {
            norm += value * value;
        }
        for (int i = 0; i < vector.length; i++) {
            vector[i] /= (float) Math.sqrt(norm);
        }
        return vector;
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            boolean ollama = path.equals("/api/embed");
            if (!exchange.getRequestMethod().equals("POST") || !(ollama || path.endsWith("/embeddings"))) {
                send(exchange, 404, "{\"error\":\"not found\"}");
                return;
            }
            JsonNode request = JSON.readTree(exchange.getRequestBody().readAllBytes());
            requests.add(request);
            if (down) {
                send(exchange, 503, "{\"error\":{\"message\":\"model is loading\",\"code\":503}}");
                return;
            }
            List<String> inputs = new ArrayList<>();
            JsonNode input = request.path("input");
            if (input.isArray()) {
                input.forEach(text -> inputs.add(text.asString()));
            } else {
                inputs.add(input.asString());
            }
            String model = request.path("model").asString("fake");
            ObjectNode body = JSON.createObjectNode();
            if (ollama) {
                body.put("model", model);
                ArrayNode embeddings = body.putArray("embeddings");
                inputs.forEach(text -> add(embeddings.addArray(), vector(text)));
                body.put("total_duration", 1000).put("load_duration", 10).put("prompt_eval_count", inputs.size());
            } else {
                body.put("object", "list").put("model", model);
                ArrayNode data = body.putArray("data");
                for (int i = 0; i < inputs.size(); i++) {
                    ObjectNode item = data.addObject();
                    item.put("object", "embedding").put("index", i);
                    add(item.putArray("embedding"), vector(inputs.get(i)));
                }
                body.putObject("usage").put("prompt_tokens", inputs.size()).put("total_tokens", inputs.size());
            }
            send(exchange, 200, JSON.writeValueAsString(body));
        } catch (IOException e) {
            // the client went away
        }
    }

    private static void add(ArrayNode array, float[] vector) {
        for (float value : vector) {
            array.add(value);
        }
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
