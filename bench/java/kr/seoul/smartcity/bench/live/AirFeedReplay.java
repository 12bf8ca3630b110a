package kr.seoul.smartcity.bench.live;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import kr.seoul.smartcity.base.domain.SeoulDistrict;

/**
 * Seoul Open Data Plaza as the application's declared air-quality source reads it ({@code RealtimeCityAir}, see
 * ../shared/SEOUL_OPEN_DATA.md): answers "no data" (INFO-200) until the benchmark arms a value, then serves that
 * value for every district exactly once and notes the moment it did. That moment is where an update's latency
 * starts: the observation enters the application's real ingestion path there.
 */
final class AirFeedReplay implements AutoCloseable {

    private static final String NO_DATA = "{\"RESULT\":{\"CODE\":\"INFO-200\",\"MESSAGE\":\"해당하는 데이터가 없습니다.\"}}";
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyyMMddHHmm");

    private final HttpServer server;
    private Armed armed;

    private record Armed(String body, CompletableFuture<Long> served) {}

    private AirFeedReplay(HttpServer server) {
        this.server = server;
    }

    static AirFeedReplay start() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 50);
        AirFeedReplay replay = new AirFeedReplay(server);
        server.createContext("/", replay::answer);
        server.setExecutor(Executors.newFixedThreadPool(
                2, Thread.ofPlatform().daemon().name("air-replay").factory()));
        server.start();
        return replay;
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /**
     * Serves fine dust {@code pm25} in every district on the next poll.
     *
     * @return completes with the moment the answer was handed to the application ({@link WallClock#micros()})
     */
    synchronized CompletableFuture<Long> arm(int pm25) {
        String time = LocalDateTime.now(ZoneId.of("Asia/Seoul")).format(MINUTES);
        StringBuilder rows = new StringBuilder();
        for (SeoulDistrict district : SeoulDistrict.values()) {
            if (!rows.isEmpty()) {
                rows.append(',');
            }
            rows.append("{\"MSRMT_DT\":\"")
                    .append(time)
                    .append("\",\"MSRRGN_NM\":\"도심권\",\"MSRSTN_NM\":\"")
                    .append(district.nameKo())
                    .append("\",\"PM\":40,\"FPM\":")
                    .append(pm25)
                    .append(
                            ",\"OZON\":0.031,\"NTDX\":0.022,\"CBMX\":0.4,\"SPDX\":0.003,\"CAI_IDX\":62,\"CAI_GRD\":\"보통\"}");
        }
        String body = "{\"RealtimeCityAir\":{\"list_total_count\":" + SeoulDistrict.values().length
                + ",\"RESULT\":{\"CODE\":\"INFO-000\",\"MESSAGE\":\"정상 처리되었습니다\"},\"row\":[" + rows + "]}}";
        armed = new Armed(body, new CompletableFuture<>());
        return armed.served();
    }

    private void answer(HttpExchange exchange) throws IOException {
        Armed serving;
        synchronized (this) {
            serving = exchange.getRequestURI().getPath().contains("/RealtimeCityAir/") ? armed : null;
            armed = serving == null ? armed : null;
        }
        byte[] body = (serving == null ? NO_DATA : serving.body()).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json;charset=UTF-8");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
        if (serving != null) {
            serving.served().complete(WallClock.micros());
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
