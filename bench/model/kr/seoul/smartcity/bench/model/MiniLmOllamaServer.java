package kr.seoul.smartcity.bench.model;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A real embedding model that runs on this machine (all-MiniLM-L6-v2, ONNX, from Maven Central), served over
 * Ollama's embed protocol ({@code POST /api/embed}) so that the application reaches it through its own adapter
 * as it would reach Ollama. For the benchmarks only: the model knows English, hardly Korean.
 */
public final class MiniLmOllamaServer implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final AllMiniLmL6V2EmbeddingModel model = new AllMiniLmL6V2EmbeddingModel();
    private final HttpServer server;

    public MiniLmOllamaServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(2));
        server.createContext("/api/embed", this::embed);
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void embed(HttpExchange exchange) throws IOException {
        try (exchange) {
            JsonNode request = JSON.readTree(exchange.getRequestBody().readAllBytes());
            ObjectNode body = JSON.createObjectNode();
            body.put("model", request.path("model").asString("all-minilm"));
            ArrayNode embeddings = body.putArray("embeddings");
            JsonNode input = request.path("input");
            for (JsonNode text : input.isArray() ? input : JSON.createArrayNode().add(input)) {
                ArrayNode vector = embeddings.addArray();
                for (float value : model.embed(text.asString()).content().vector()) {
                    vector.add(value);
                }
            }
            byte[] bytes = JSON.writeValueAsString(body).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
