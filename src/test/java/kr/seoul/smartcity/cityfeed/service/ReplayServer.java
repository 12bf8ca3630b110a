package kr.seoul.smartcity.cityfeed.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Predicate;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import kr.seoul.smartcity.base.domain.Seoul;

/**
 * A local stand-in for the feeds' servers on 127.0.0.1: answers requests with replies in the feeds' real shapes,
 * chosen by rules on the request (the newest matching rule wins), and remembers every request. Replies are read
 * from {@code src/test/resources/replay/} with {@code ${today}} ({@code yyyy/MM/dd}, Seoul) filled in, or built
 * by the test. One server for the test JVM.
 */
final class ReplayServer {

    private static ReplayServer shared;

    private final HttpServer server;
    private final List<Rule> rules = new CopyOnWriteArrayList<>();
    private final List<Rule> defaults = new ArrayList<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();

    private ReplayServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newFixedThreadPool(
                4, Thread.ofPlatform().name("replay-", 0).daemon().factory()));
        server.start();
    }

    static synchronized ReplayServer shared() {
        if (shared == null) {
            try {
                shared = new ReplayServer();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return shared;
    }

    String url(String prefix) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + prefix;
    }

    /** Answers requests whose decoded path and query contain the text. */
    ReplayServer on(String contains, Reply reply) {
        return on(request -> request.path().contains(contains), reply);
    }

    ReplayServer on(Predicate<Request> matches, Reply reply) {
        rules.addFirst(new Rule(matches, request -> reply));
        return this;
    }

    /** Answers the first matching request with the first reply, the second with the second, and so on; the last repeats. */
    ReplayServer inTurn(String contains, Reply... replies) {
        AtomicInteger calls = new AtomicInteger();
        rules.addFirst(new Rule(
                request -> request.path().contains(contains),
                request -> replies[Math.min(calls.getAndIncrement(), replies.length - 1)]));
        return this;
    }

    /** A rule that stays after {@link #reset()}. */
    ReplayServer byDefault(String contains, Reply reply) {
        defaults.addFirst(new Rule(request -> request.path().contains(contains), request -> reply));
        return this;
    }

    /** Forgets the tests' rules and the requests seen. */
    void reset() {
        rules.clear();
        requests.clear();
    }

    /** The requests seen since the last reset whose decoded path contains the text. */
    List<Request> requests(String contains) {
        return requests.stream()
                .filter(request -> request.path().contains(contains))
                .toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        URI uri = exchange.getRequestURI();
        Request request = new Request(
                uri.getPath() + (uri.getQuery() == null ? "" : "?" + uri.getQuery()),
                uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
        requests.add(request);
        Reply reply = rules.stream()
                .filter(rule -> rule.matches().test(request))
                .findFirst()
                .or(() -> defaults.stream()
                        .filter(rule -> rule.matches().test(request))
                        .findFirst())
                .map(rule -> rule.reply().apply(request))
                .orElse(new Reply(404, "text/plain", any -> "no replay for " + request.path()));
        // "text/csv;bytes=EUC-KR" sends the body in that character set without saying so, as some servers do
        String[] type = reply.contentType().split(";bytes=");
        java.nio.charset.Charset charset =
                type.length > 1 ? java.nio.charset.Charset.forName(type[1]) : StandardCharsets.UTF_8;
        byte[] body = reply.body().apply(request).getBytes(charset);
        exchange.getResponseHeaders()
                .add("Content-Type", type.length > 1 ? type[0] : reply.contentType() + ";charset=UTF-8");
        exchange.sendResponseHeaders(reply.status(), body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    /** A request as the server saw it: the decoded path with its query, and the same as sent (percent-encoded). */
    record Request(String path, String rawPath) {}

    record Reply(int status, String contentType, Function<Request, String> body) {

        /** A replay file under {@code replay/}, JSON, status 200. */
        static Reply file(String name) {
            String text = resource(name);
            return new Reply(200, name.endsWith(".xml") ? "text/xml" : "application/json", request -> fill(text));
        }

        /** A replay file changed by the test, for example to move its times. */
        static Reply file(String name, Function<String, String> edit) {
            String text = edit.apply(resource(name));
            return new Reply(200, "application/json", request -> fill(text));
        }

        static Reply json(String body) {
            return new Reply(200, "application/json", request -> body);
        }

        static Reply json(Function<Request, String> body) {
            return new Reply(200, "application/json", body);
        }

        /** The reply, after keeping the client waiting: a feed that hangs. */
        static Reply slow(java.time.Duration delay, Reply reply) {
            return new Reply(reply.status(), reply.contentType(), request -> {
                try {
                    Thread.sleep(delay.toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return reply.body().apply(request);
            });
        }

        static Reply status(int status) {
            return new Reply(status, "text/html", request -> "<html><body>" + status + "</body></html>");
        }
    }

    private record Rule(Predicate<Request> matches, Function<Request, Reply> reply) {}

    static String resource(String name) {
        try (InputStream in = ReplayServer.class.getResourceAsStream("/replay/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("No replay file " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String fill(String text) {
        return text.replace("${today}", LocalDate.now(Seoul.ZONE).format(DateTimeFormatter.ofPattern("yyyy/MM/dd")));
    }
}
