package kr.seoul.smartcity.bench;

import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;

import com.sun.net.httpserver.HttpServer;
import kr.seoul.smartcity.base.domain.DisclosureClass;
import kr.seoul.smartcity.base.domain.Seoul;
import kr.seoul.smartcity.base.domain.SeoulDistrict;
import kr.seoul.smartcity.cityfeed.domain.DataSource;
import kr.seoul.smartcity.cityfeed.domain.SourceKind;
import kr.seoul.smartcity.cityfeed.domain.SourceMapping;
import kr.seoul.smartcity.cityfeed.domain.SourceRequest;
import kr.seoul.smartcity.cityfeed.domain.SourceRun;
import kr.seoul.smartcity.cityfeed.service.DeclaredSourcePoller;
import kr.seoul.smartcity.cityfeed.service.DeclaredSources;
import kr.seoul.smartcity.citystatus.service.CatalogueActor;
import kr.seoul.smartcity.citystatus.service.CatalogueStewardship;
import kr.seoul.smartcity.citystatus.service.IndicatorCatalog;
import kr.seoul.smartcity.citystatus.service.IndicatorDraft;
import kr.seoul.smartcity.dev.CityIntegrationTest;
import kr.seoul.smartcity.directory.domain.Role;
import kr.seoul.smartcity.security.service.Viewer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Declared sources at city scale: 500 indicators × 25 districts (and their city averages) every 5 minutes, from
 * 10 JSON sources of 50 indicators each on a local server, run by the real fetcher, mapping and ingest into
 * PostgreSQL, four at a time as the poller does. Twelve periods (an hour of data) are run back to back: a period's
 * wall time far under 5 minutes, and not growing from the first periods to the last, means no growing lag. Sizes
 * through {@code bench.indicators}, {@code bench.sources} and {@code bench.periods}. Run:
 * {@code ./mvnw verify -Pbench -Dit.test=DeclaredSourceIngestBench}.
 */
@CityIntegrationTest
class DeclaredSourceIngestBench {

    private static final int INDICATORS = Integer.getInteger("bench.indicators", 500);
    private static final int SOURCES = Integer.getInteger("bench.sources", 10);
    private static final int PERIODS = Integer.getInteger("bench.periods", 12);
    private static final Duration PERIOD = Duration.ofMinutes(5);
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyyMMddHHmm");
    private static final Viewer ADMIN = new Viewer(Role.ADMIN, "DIGITAL");

    @Autowired
    CatalogueStewardship catalogue;

    @Autowired
    IndicatorCatalog catalog;

    @Autowired
    DeclaredSources sources;

    @Autowired
    DeclaredSourcePoller poller;

    @Test
    void fiveHundredIndicatorsInTwentyFiveDistrictsEveryFiveMinutes() throws Exception {
        int perSource = INDICATORS / SOURCES;
        String run = Long.toString(System.currentTimeMillis() % 100000, 36).toUpperCase();
        AtomicReference<Instant> period = new AtomicReference<>(
                LocalDateTime.of(2002, 1, 1, 0, 0).atZone(Seoul.ZONE).toInstant());
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/bench/", exchange -> {
            int source = Integer.parseInt(exchange.getRequestURI().getPath().substring("/bench/".length()));
            byte[] body = answer(source, perSource, period.get()).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.start();
        try {
            long setup = System.nanoTime();
            CatalogueActor steward = new CatalogueActor("bench", ADMIN);
            List<String> names = new ArrayList<>();
            for (int s = 0; s < SOURCES; s++) {
                List<SourceMapping.Value> values = new ArrayList<>();
                for (int i = 0; i < perSource; i++) {
                    String code = "BENCH_" + run + "_" + s + "_" + i;
                    catalogue.create(
                            steward,
                            new IndicatorDraft(
                                    code,
                                    "벤치 " + code,
                                    "Bench " + code,
                                    "건",
                                    "ECONOMY",
                                    "DIGITAL",
                                    DisclosureClass.INTERNAL,
                                    "bench-" + run + "-" + s,
                                    5,
                                    true,
                                    true,
                                    null,
                                    null,
                                    1,
                                    5000,
                                    null));
                    values.add(SourceMapping.Value.of(code, "V" + i)
                            .combined(SourceMapping.Combine.LAST, SourceMapping.Combine.AVERAGE));
                }
                String name = "bench-" + run + "-" + s;
                sources.save(
                        ADMIN,
                        "bench",
                        new DataSource(
                                name,
                                SourceKind.HTTP_JSON,
                                new SourceRequest(
                                        null,
                                        List.of(),
                                        "http://127.0.0.1:"
                                                + server.getAddress().getPort() + "/bench/" + s,
                                        Map.of(),
                                        null,
                                        "/rows",
                                        null,
                                        null,
                                        null,
                                        null),
                                new SourceMapping(
                                        SourceMapping.Field.time("yyyyMMddHHmm", "T"),
                                        SourceMapping.Field.of("GU"),
                                        values,
                                        null),
                                5,
                                null,
                                false,
                                "DIGITAL",
                                "bench",
                                0,
                                null,
                                null));
                names.add(name);
            }
            System.out.printf(
                    "Set-up: %d indicators, %d sources in %.1f s%n",
                    INDICATORS, SOURCES, (System.nanoTime() - setup) / 1e9);

            List<Double> seconds = new ArrayList<>();
            long values = 0;
            try (ExecutorService workers = Executors.newFixedThreadPool(4)) {
                for (int p = 0; p < PERIODS; p++) {
                    long start = System.nanoTime();
                    List<Future<SourceRun>> runs = new ArrayList<>();
                    names.forEach(name -> runs.add(workers.submit(() -> poller.runNow(name))));
                    for (Future<SourceRun> future : runs) {
                        SourceRun done = future.get();
                        assertThat(done.ok()).as(done.error()).isTrue();
                        values += done.observations();
                    }
                    seconds.add((System.nanoTime() - start) / 1e9);
                    period.set(period.get().plus(PERIOD));
                }
            }
            double first = seconds.subList(0, 3).stream()
                    .mapToDouble(Double::doubleValue)
                    .average()
                    .orElseThrow();
            double last = seconds.subList(PERIODS - 3, PERIODS).stream()
                    .mapToDouble(Double::doubleValue)
                    .average()
                    .orElseThrow();
            double total = seconds.stream().mapToDouble(Double::doubleValue).sum();
            System.out.printf(
                    "Declared sources: %d indicators x %d districts (+ city) from %d sources, %d periods%n",
                    INDICATORS, SeoulDistrict.values().length, SOURCES, PERIODS);
            System.out.printf(
                    "  values recorded: %d (%d a period), %.0f values/s%n", values, values / PERIODS, values / total);
            System.out.printf(
                    "  a period's wall time: min %.2f s, max %.2f s, first three %.2f s, last three %.2f s "
                            + "(the period is %d s: %.1f%% of it used)%n",
                    seconds.stream().mapToDouble(d -> d).min().orElseThrow(),
                    seconds.stream().mapToDouble(d -> d).max().orElseThrow(),
                    first,
                    last,
                    PERIOD.toSeconds(),
                    100 * last / PERIOD.toSeconds());
            System.out.printf(
                    "  periods: %s%n",
                    seconds.stream().map(d -> String.format("%.2f", d)).toList());
            assertThat(values)
                    .isEqualTo((long) PERIODS * INDICATORS / SOURCES * SOURCES * (SeoulDistrict.values().length + 1));
        } finally {
            server.stop(0);
        }
    }

    /** 25 rows, one a district, each with the period's time and a value for each of the source's indicators. */
    private static String answer(int source, int indicators, Instant period) {
        StringBuilder json = new StringBuilder("{\"rows\":[");
        String time = MINUTES.format(period.atZone(Seoul.ZONE));
        SeoulDistrict[] districts = SeoulDistrict.values();
        for (int d = 0; d < districts.length; d++) {
            json.append(d == 0 ? "" : ",")
                    .append("{\"GU\":\"")
                    .append(districts[d].code())
                    .append("\",\"T\":\"")
                    .append(time)
                    .append('"');
            for (int i = 0; i < indicators; i++) {
                json.append(",\"V")
                        .append(i)
                        .append("\":\"")
                        .append((source * 31 + i * 7 + d * 3 + period.getEpochSecond() / 300) % 1000)
                        .append(".5\"");
            }
            json.append('}');
        }
        return json.append("]}").toString();
    }
}
