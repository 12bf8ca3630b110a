package kr.seoul.smartcity.bench.live;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One browser tab on a Vaadin view, without a browser: its own cookie session, the bootstrap request, the push
 * websocket, the navigation to a route, heartbeats and a clean close, as ../shared/VAADIN_PUSH_PROTOCOL.md
 * describes Vaadin 25's client. Every push message is handed to a {@link Listener} with the moment it arrived.
 */
final class SimulatedUi {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    /** The length of the last navigation response: the server keeps each UI's last response to answer a resend. */
    static volatile int navigationChars;

    /** Told of every message the server pushes to this UI, with the moment it arrived ({@link WallClock}). */
    @FunctionalInterface
    interface Listener {
        void pushed(SimulatedUi ui, String message, long arrivedMicros);
    }

    private final HttpClient http;
    private final URI base;
    private final int index;
    private final Listener listener;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private final StringBuilder frames = new StringBuilder();
    private final CompletableFuture<Void> handshake = new CompletableFuture<>();
    private volatile boolean closed;
    private String csrfToken;
    private int uiId;
    private int clientId;
    private int heartbeatSeconds;
    private WebSocket socket;

    SimulatedUi(HttpClient http, URI base, int index, Listener listener) {
        this.http = http;
        this.base = base;
        this.index = index;
        this.listener = listener;
    }

    int index() {
        return index;
    }

    int heartbeatSeconds() {
        return heartbeatSeconds;
    }

    /** Opens the page, signs in if credentials are given, opens push and navigates to the route. */
    void open(String route, String username, String password) throws Exception {
        expect(send(get(""), HttpResponse.BodyHandlers.discarding()), 200, "GET /");
        if (username != null) {
            signIn(username, password);
        }
        HttpResponse<String> init = send(
                get("?v-r=init&location=" + encode(route) + "&query=" + browserDetails()),
                HttpResponse.BodyHandlers.ofString());
        expect(init, 200, "init");
        JsonNode config = JSON.readTree(init.body()).path("appConfig");
        uiId = config.path("v-uiId").asInt();
        heartbeatSeconds = config.path("heartbeatInterval").asInt(300);
        JsonNode uidl = config.path("uidl");
        csrfToken = uidl.path("Vaadin-Security-Key").asString();
        String pushId = uidl.path("Vaadin-Push-ID").asString();
        if (csrfToken.isEmpty() || pushId.isEmpty()) {
            throw new IllegalStateException("init gave no security key or push id: " + excerpt(init.body()));
        }

        URI push = URI.create("ws://" + base.getAuthority() + "/VAADIN/push?v-r=push&v-uiId=" + uiId + "&v-pushId="
                + pushId + "&X-Atmosphere-tracking-id=0&X-Atmosphere-Framework=4.0.1"
                + "&X-Atmosphere-Transport=websocket&X-Atmosphere-TrackMessageSize=true"
                + "&Content-Type=application/json;%20charset=UTF-8&X-atmo-protocol=true"
                + "&X-Vaadin-LastSeenServerSyncId=0");
        socket = http.newWebSocketBuilder()
                .header("Cookie", cookieHeader())
                .connectTimeout(TIMEOUT)
                .buildAsync(push, new Frames())
                .get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        handshake.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);

        String navigate = "{\"csrfToken\":\"" + csrfToken + "\",\"rpc\":[{\"type\":\"event\",\"node\":1,"
                + "\"event\":\"ui-navigate\",\"data\":{\"route\":\"" + route + "\",\"query\":\"\","
                + "\"appShellTitle\":\"\",\"historyState\":{\"idx\":0},\"trigger\":\"\"}}],\"syncId\":0,"
                + "\"clientId\":" + clientId++ + "}";
        HttpResponse<String> navigated =
                send(uidl(navigate, "application/json; charset=UTF-8"), HttpResponse.BodyHandlers.ofString());
        expect(navigated, 200, "navigate to " + route);
        if (!navigated.body().contains("\"changes\"")) {
            throw new IllegalStateException(
                    "navigating to " + route + " changed nothing: " + excerpt(navigated.body()));
        }
        navigationChars = navigated.body().length();
        String dump = System.getProperty("bench.dump-navigation");
        if (dump != null && index == 0) {
            Files.writeString(Path.of(dump), navigated.body());
        }
        if (Boolean.getBoolean("bench.sync-after-navigation")) {
            // an empty message, as a browser sends one soon after the first render: the server then keeps its small
            // answer as the UI's last response instead of the whole first render
            int syncId = JSON.readTree(navigated.body()).path("syncId").asInt();
            expect(
                    send(
                            uidl(
                                    "{\"csrfToken\":\"" + csrfToken + "\",\"rpc\":[],\"syncId\":" + syncId
                                            + ",\"clientId\":" + clientId++ + "}",
                                    "application/json; charset=UTF-8"),
                            HttpResponse.BodyHandlers.discarding()),
                    200,
                    "empty message after navigation");
        }
    }

    private void signIn(String username, String password) throws Exception {
        String form = "username=" + encode(username) + "&password=" + encode(password);
        HttpResponse<Void> login = send(
                HttpRequest.newBuilder(base.resolve("login"))
                        .timeout(TIMEOUT)
                        .header("Cookie", cookieHeader())
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        String location = login.headers().firstValue("Location").orElse("");
        if (login.statusCode() != 302 || location.contains("error")) {
            throw new IllegalStateException(
                    "sign-in as " + username + " refused: " + login.statusCode() + " " + location);
        }
    }

    /** Tells the server the tab is still open; without it the UI is dropped after three missed beats. */
    CompletableFuture<Integer> heartbeat() {
        return http.sendAsync(
                        HttpRequest.newBuilder(base.resolve("?v-r=heartbeat&v-uiId=" + uiId))
                                .timeout(TIMEOUT)
                                .header("Cookie", cookieHeader())
                                .POST(HttpRequest.BodyPublishers.noBody())
                                .build(),
                        HttpResponse.BodyHandlers.discarding())
                .thenApply(HttpResponse::statusCode);
    }

    /** What a browser sends when the tab closes, then the websocket's close. */
    void close() {
        closed = true;
        try {
            send(
                    uidl(
                            "{\"csrfToken\":\"" + csrfToken + "\",\"rpc\":[],\"UNLOAD\":true}",
                            "text/plain;charset=UTF-8"),
                    HttpResponse.BodyHandlers.discarding());
        } catch (Exception e) {
            // the tab goes either way
        }
        if (socket != null) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "").exceptionally(e -> null);
        }
    }

    private HttpRequest get(String pathAndQuery) {
        return HttpRequest.newBuilder(base.resolve(pathAndQuery))
                .timeout(TIMEOUT)
                .header("Cookie", cookieHeader())
                .GET()
                .build();
    }

    private HttpRequest uidl(String body, String contentType) {
        return HttpRequest.newBuilder(base.resolve("?v-r=uidl&v-uiId=" + uiId))
                .timeout(TIMEOUT)
                .header("Cookie", cookieHeader())
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }

    private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) throws Exception {
        HttpResponse<T> response = http.send(request, handler);
        for (String header : response.headers().allValues("Set-Cookie")) {
            String pair = header.split(";", 2)[0];
            int eq = pair.indexOf('=');
            if (eq > 0) {
                synchronized (cookies) {
                    cookies.put(
                            pair.substring(0, eq).strip(),
                            pair.substring(eq + 1).strip());
                }
            }
        }
        return response;
    }

    private String cookieHeader() {
        synchronized (cookies) {
            return cookies.isEmpty()
                    ? "x=y"
                    : cookies.entrySet().stream()
                            .map(cookie -> cookie.getKey() + "=" + cookie.getValue())
                            .collect(Collectors.joining("; "));
        }
    }

    private static String browserDetails() {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("v-sh", "1080");
        details.put("v-sw", "1920");
        details.put("v-wh", "960");
        details.put("v-ww", "1920");
        details.put("v-bh", "960");
        details.put("v-bw", "1920");
        details.put("v-curdate", Long.toString(System.currentTimeMillis()));
        details.put("v-tzo", "-540");
        details.put("v-dstd", "0");
        details.put("v-rtzo", "-540");
        details.put("v-dston", "false");
        details.put("v-tzid", "Asia/Seoul");
        details.put("v-td", "false");
        details.put("v-pr", "1");
        details.put("v-np", "Linux x86_64");
        return details.entrySet().stream()
                .map(e -> "&" + e.getKey() + "=" + encode(e.getValue()))
                .collect(Collectors.joining());
    }

    private static void expect(HttpResponse<?> response, int status, String what) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(what + " answered " + response.statusCode());
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String excerpt(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }

    /**
     * Atmosphere's framing with {@code TrackMessageSize}: {@code <length in UTF-16 units>|<message>}, a frame
     * holding part of a message or several.
     */
    private final class Frames implements WebSocket.Listener {

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            long arrived = WallClock.micros();
            synchronized (frames) {
                frames.append(data);
                while (true) {
                    int bar = frames.indexOf("|");
                    if (bar < 0) {
                        break;
                    }
                    int length = Integer.parseInt(frames, 0, bar, 10);
                    if (frames.length() < bar + 1 + length) {
                        break;
                    }
                    String message = frames.substring(bar + 1, bar + 1 + length);
                    frames.delete(0, bar + 1 + length);
                    if (!handshake.isDone()) {
                        handshake.complete(null);
                    } else if (!message.equals("X")) {
                        listener.pushed(SimulatedUi.this, message, arrived);
                    }
                }
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            if (!closed) {
                handshake.completeExceptionally(new IllegalStateException("push closed: " + statusCode + " " + reason));
            }
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            handshake.completeExceptionally(error);
        }
    }
}
