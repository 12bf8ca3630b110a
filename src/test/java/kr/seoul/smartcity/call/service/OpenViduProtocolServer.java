package kr.seoul.smartcity.call.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A local stand-in for an OpenVidu 2.32 deployment, speaking the part of its REST API the product uses, as a real
 * one does: Basic auth as {@code OPENVIDUAPP:<secret>} (401 with a Basic challenge when missing or wrong),
 * {@code POST /openvidu/api/sessions} (200 with the session, 409 for a custom id in use, 400 for a malformed one),
 * {@code GET /openvidu/api/sessions/{id}} (200 or 404), {@code POST /openvidu/api/sessions/{id}/connection} (200
 * with the connection and its token, 404 for an unknown session) and {@code DELETE /openvidu/api/sessions/{id}}
 * (204 or 404). {@link #failNext} makes it answer server errors, as an overloaded deployment does.
 */
final class OpenViduProtocolServer implements AutoCloseable {

    private static final JsonMapper json = JsonMapper.shared();
    private static final String API = "/openvidu/api/sessions";

    private final HttpServer server;
    private final String secret;
    private final Map<String, ObjectNode> sessions = new ConcurrentHashMap<>();
    private final Deque<Integer> failures = new ArrayDeque<>();
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final SecureRandom random = new SecureRandom();

    OpenViduProtocolServer(String secret) throws IOException {
        this.secret = secret;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/openvidu/api/", this::handle);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    /** The next {@code times} authenticated requests are answered with {@code status}. */
    synchronized void failNext(int status, int times) {
        for (int i = 0; i < times; i++) {
            failures.add(status);
        }
    }

    /** Requests as "METHOD path" that passed authentication, in order. */
    List<String> requests() {
        return requests;
    }

    boolean hasSession(String id) {
        return sessions.containsKey(id);
    }

    /** Tokens of the session's connections. */
    List<String> tokens(String sessionId) {
        List<String> tokens = new ArrayList<>();
        sessions.get(sessionId)
                .path("connections")
                .path("content")
                .forEach(c -> tokens.add(c.path("token").asString()));
        return tokens;
    }

    /** The server data ({@code data}) each connection was created with. */
    List<String> serverData(String sessionId) {
        List<String> data = new ArrayList<>();
        sessions.get(sessionId)
                .path("connections")
                .path("content")
                .forEach(c -> data.add(c.path("serverData").asString()));
        return data;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!authorised(exchange.getRequestHeaders().getFirst("Authorization"))) {
                exchange.getResponseHeaders().add("WWW-Authenticate", "Basic realm=\"OpenVidu Server\"");
                send(exchange, 401, null);
                return;
            }
            String method = exchange.getRequestMethod();
            String path = exchange.getRequestURI().getPath();
            requests.add(method + " " + path);
            Integer failure;
            synchronized (this) {
                failure = failures.poll();
            }
            if (failure != null) {
                send(exchange, failure, null);
                return;
            }
            String rest = path.startsWith(API) ? path.substring(API.length()) : null;
            if (rest == null) {
                send(exchange, 404, null);
            } else if (rest.isEmpty() && method.equals("POST")) {
                createSession(exchange);
            } else if (rest.matches("/[^/]+") && method.equals("GET")) {
                ObjectNode session = sessions.get(rest.substring(1));
                send(exchange, session == null ? 404 : 200, session);
            } else if (rest.matches("/[^/]+") && method.equals("DELETE")) {
                send(exchange, sessions.remove(rest.substring(1)) == null ? 404 : 204, null);
            } else if (rest.matches("/[^/]+/connection") && method.equals("POST")) {
                createConnection(exchange, rest.substring(1, rest.indexOf('/', 1)));
            } else {
                send(exchange, 405, null);
            }
        }
    }

    private boolean authorised(String header) {
        if (header == null || !header.startsWith("Basic ")) {
            return false;
        }
        String decoded = new String(Base64.getDecoder().decode(header.substring(6)), StandardCharsets.UTF_8);
        return decoded.equals("OPENVIDUAPP:" + secret);
    }

    private void createSession(HttpExchange exchange) throws IOException {
        JsonNode body = body(exchange.getRequestBody());
        String custom = body.path("customSessionId").asString("");
        if (!custom.isEmpty() && !custom.matches("[a-zA-Z0-9_-]+")) {
            send(exchange, 400, null);
            return;
        }
        String id = custom.isEmpty() ? "ses_" + randomId(10) : custom;
        ObjectNode session = json.createObjectNode();
        session.put("id", id)
                .put("object", "session")
                .put("sessionId", id)
                .put("createdAt", System.currentTimeMillis())
                .put("mediaMode", body.path("mediaMode").asString("ROUTED"))
                .put("recordingMode", body.path("recordingMode").asString("MANUAL"));
        ObjectNode recording = session.putObject("defaultRecordingProperties");
        recording
                .put("name", "")
                .put("hasAudio", true)
                .put("hasVideo", true)
                .put("outputMode", "COMPOSED")
                .put("recordingLayout", "BEST_FIT")
                .put("resolution", "1280x720")
                .put("frameRate", 25)
                .put("shmSize", 536870912L);
        session.put("customSessionId", custom);
        ObjectNode connections = session.putObject("connections");
        connections.put("numberOfElements", 0);
        connections.putArray("content");
        session.put("recording", false)
                .put("broadcasting", false)
                .put("forcedVideoCodec", "MEDIA_SERVER_PREFERRED")
                .put("forcedVideoCodecResolved", "VP8")
                .put("allowTranscoding", false);
        if (sessions.putIfAbsent(id, session) != null) {
            send(exchange, 409, null);
            return;
        }
        send(exchange, 200, session);
    }

    private void createConnection(HttpExchange exchange, String sessionId) throws IOException {
        ObjectNode session = sessions.get(sessionId);
        if (session == null) {
            send(exchange, 404, null);
            return;
        }
        JsonNode body = body(exchange.getRequestBody());
        String connectionId = "con_" + randomId(10);
        ObjectNode connection = json.createObjectNode();
        connection
                .put("id", connectionId)
                .put("object", "connection")
                .put("type", body.path("type").asString("WEBRTC"))
                .put("status", "pending")
                .put("connectionId", connectionId)
                .put("sessionId", sessionId)
                .put("createdAt", System.currentTimeMillis())
                .putNull("activeAt")
                .putNull("location")
                .putNull("ip")
                .putNull("platform")
                .put("token", "ws://localhost:4443?sessionId=" + sessionId + "&token=tok_" + randomId(16))
                .put("serverData", body.path("data").asString(""))
                .put("record", true)
                .put("role", body.path("role").asString("PUBLISHER"));
        ObjectNode kurento = connection.putObject("kurentoOptions");
        kurento.putNull("videoMaxRecvBandwidth");
        connection
                .putNull("rtspUri")
                .putNull("adaptativeBitrate")
                .putNull("onlyPlayWithSubscribers")
                .putNull("networkCache")
                .putNull("clientData")
                .putNull("publishers")
                .putNull("subscribers");
        connection.putArray("customIceServers");
        synchronized (session) {
            ObjectNode connections = (ObjectNode) session.get("connections");
            ((ArrayNode) connections.get("content")).add(connection);
            connections.put("numberOfElements", connections.get("content").size());
        }
        send(exchange, 200, connection);
    }

    private static JsonNode body(InputStream in) throws IOException {
        byte[] bytes = in.readAllBytes();
        return bytes.length == 0 ? json.createObjectNode() : json.readTree(bytes);
    }

    private static void send(HttpExchange exchange, int status, JsonNode body) throws IOException {
        if (body == null) {
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        byte[] bytes = json.writeValueAsBytes(body);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private String randomId(int length) {
        String letters = "abcdefghijklmnopqrstuvwxyz0123456789";
        StringBuilder id = new StringBuilder();
        for (int i = 0; i < length; i++) {
            id.append(letters.charAt(random.nextInt(letters.length())));
        }
        return id.toString();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
