package kr.seoul.smartcity.bench.live;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.MeterRegistry;
import kr.seoul.smartcity.approval.domain.DisclosureLevel;
import kr.seoul.smartcity.approval.domain.FormType;
import kr.seoul.smartcity.approval.domain.LineEntry;
import kr.seoul.smartcity.approval.domain.Retention;
import kr.seoul.smartcity.approval.service.Actor;
import kr.seoul.smartcity.approval.service.ApprovalService;
import kr.seoul.smartcity.approval.service.DocumentDraft;
import kr.seoul.smartcity.approval.service.DocumentView;
import kr.seoul.smartcity.citystatus.domain.Origin;
import kr.seoul.smartcity.citystatus.service.ObservationIngest;
import kr.seoul.smartcity.citystatus.service.ObservationInput;
import kr.seoul.smartcity.dev.CityIntegrationTest;
import kr.seoul.smartcity.directive.domain.Directive;
import kr.seoul.smartcity.directive.service.DirectiveService;
import kr.seoul.smartcity.directive.service.NewDirective;
import kr.seoul.smartcity.directory.domain.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.r2dbc.core.DatabaseClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application under a steady mixed load for half an hour (not part of the tests): live dashboards open over
 * Vaadin's own protocol (some closing and others opening all the time, as people come and go), new readings pushed
 * to them every two seconds, approvals drafted, submitted and approved, directives issued and taken through their
 * steps, and archive searches through the open data API. Every minute it takes the heap after a full collection,
 * the live threads and the database connections, and at the end prints them with the growth per hour after the
 * warm-up. Flat is what a long-running server must be.
 * <p>
 * Run: {@code ./mvnw verify -Pbench -Dit.test=SoakBench} ({@code -Dbench.minutes=30 -Dbench.uis=200}).
 */
@CityIntegrationTest
class SoakBench {

    private static final int MINUTES = Integer.getInteger("bench.minutes", 30);
    private static final int UIS = Integer.getInteger("bench.uis", 200);
    private static final int WARM_UP_MINUTES = Math.min(5, Math.max(1, MINUTES / 6));
    private static final String[] WORDS = {
        "미세먼지", "교통", "버스", "따릉이", "예산", "서울", "환경", "안전", "공원", "air", "traffic", "report"
    };

    @LocalServerPort
    int port;

    @Autowired
    ApprovalService approval;

    @Autowired
    DirectiveService directives;

    @Autowired
    ObservationIngest ingest;

    @Autowired
    DatabaseClient database;

    @Autowired
    MeterRegistry metrics;

    private final AtomicLong approvals = new AtomicLong();
    private final AtomicLong directiveSteps = new AtomicLong();
    private final AtomicLong searches = new AtomicLong();
    private final AtomicLong readings = new AtomicLong();
    private final AtomicLong errors = new AtomicLong();

    record Sample(int minute, long heapAfterGc, int threads, long connections, int uis, int sessions) {}

    @Test
    void halfAnHourOfMixedLoad() throws Exception {
        URI base = URI.create("http://localhost:" + port);
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService load = Executors.newFixedThreadPool(
                6, Thread.ofPlatform().name("soak-", 0).factory());
        load.execute(() -> every(running, Duration.ofSeconds(2), this::reading));
        load.execute(() -> every(running, Duration.ofMillis(300), this::approvalRound));
        load.execute(() -> every(running, Duration.ofMillis(300), this::approvalRound));
        load.execute(() -> every(running, Duration.ofSeconds(1), this::directiveRound));
        load.execute(() -> every(running, Duration.ofMillis(200), () -> search(base)));
        load.execute(() -> every(running, Duration.ofMillis(200), () -> search(base)));

        // dashboards in groups: every two minutes the oldest group leaves and a new one arrives
        int groupSize = Math.max(10, UIS / 4);
        Deque<LoadClient> groups = new ArrayDeque<>();
        for (int g = 0; g < UIS / groupSize; g++) {
            groups.add(open(base, groupSize, g));
        }

        List<Sample> samples = new ArrayList<>();
        long start = System.nanoTime();
        int generation = groups.size();
        for (int minute = 1; minute <= MINUTES; minute++) {
            sleepUntil(start
                    + Duration.ofMinutes(minute).toNanos()
                    - Duration.ofSeconds(20).toNanos());
            if (minute % 2 == 0) {
                groups.removeFirst().close();
                groups.addLast(open(base, groupSize, generation++));
            }
            sleepUntil(start + Duration.ofMinutes(minute).toNanos());
            Sample sample = sample(minute);
            samples.add(sample);
            System.out.printf(
                    Locale.ROOT,
                    "soak minute %2d: heap after GC %6.1f MiB, threads %3d, db connections %2d, "
                            + "UIs %4d, sessions %4d; approvals %d, directive steps %d, searches %d, readings %d, errors %d%n",
                    minute,
                    sample.heapAfterGc() / 1048576.0,
                    sample.threads(),
                    sample.connections(),
                    sample.uis(),
                    sample.sessions(),
                    approvals.get(),
                    directiveSteps.get(),
                    searches.get(),
                    readings.get(),
                    errors.get());
        }
        running.set(false);
        load.shutdown();
        load.awaitTermination(1, TimeUnit.MINUTES);
        groups.forEach(LoadClient::close);

        List<Sample> steady = samples.stream()
                .filter(sample -> sample.minute() > WARM_UP_MINUTES)
                .toList();
        double heapSlope = slope(steady, sample -> sample.heapAfterGc() / 1048576.0);
        double threadSlope = slope(steady, sample -> sample.threads());
        String summary = String.format(
                Locale.ROOT,
                """

                Soak: %d minutes, %d dashboard UIs (a quarter replaced every 2 minutes), a reading pushed every 2 s
                operations: %d approvals, %d directive steps, %d archive searches, %d readings, %d errors
                after the %d-minute warm-up:
                  heap after GC  min %.1f MiB, max %.1f MiB, last %.1f MiB, trend %+.1f MiB/hour
                  threads        min %d, max %d, trend %+.1f/hour
                  db connections min %d, max %d
                """,
                MINUTES,
                UIS,
                approvals.get(),
                directiveSteps.get(),
                searches.get(),
                readings.get(),
                errors.get(),
                WARM_UP_MINUTES,
                steady.stream().mapToLong(Sample::heapAfterGc).min().orElse(0) / 1048576.0,
                steady.stream().mapToLong(Sample::heapAfterGc).max().orElse(0) / 1048576.0,
                steady.getLast().heapAfterGc() / 1048576.0,
                heapSlope * 60,
                steady.stream().mapToInt(Sample::threads).min().orElse(0),
                steady.stream().mapToInt(Sample::threads).max().orElse(0),
                threadSlope * 60,
                steady.stream().mapToLong(Sample::connections).min().orElse(0),
                steady.stream().mapToLong(Sample::connections).max().orElse(0));
        System.out.println(summary);
        assertThat(approvals.get()).as("the load ran").isPositive();
    }

    private LoadClient open(URI base, int size, int group) throws Exception {
        LoadClient client = new LoadClient(base);
        client.openUntil(
                size,
                4,
                index -> index % 10 == 9 ? LoadClient.Visitor.staff("", "mayor") : LoadClient.Visitor.citizen(""));
        return client;
    }

    private Sample sample(int minute) throws Exception {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        memory.gc();
        memory.gc();
        long heap = memory.getHeapMemoryUsage().getUsed();
        int threads = ManagementFactory.getThreadMXBean().getThreadCount();
        Long connections = database.sql("SELECT count(*) AS n FROM pg_stat_activity WHERE datname = current_database()")
                .map(row -> row.get("n", Long.class))
                .one()
                .block(Duration.ofSeconds(10));
        int uis = (int) metrics.get("city.ui.open").gauge().value();
        int sessions = (int) metrics.get("city.ui.sessions").gauge().value();
        return new Sample(minute, heap, threads, connections == null ? -1 : connections, uis, sessions);
    }

    private void reading() {
        ingest.record(
                List.of(new ObservationInput(
                        "AIR_PM25",
                        null,
                        Instant.now(),
                        10 + ThreadLocalRandom.current().nextInt(60))),
                Origin.FEED,
                null);
        readings.incrementAndGet();
    }

    private void approvalRound() {
        DocumentView saved = approval.saveDraft(
                Actor.of("traffic"),
                null,
                0,
                new DocumentDraft(
                        FormType.REPORT,
                        "부하 시험 보고 " + System.nanoTime(),
                        "# 보고\n\n부하 시험 본문",
                        null,
                        DisclosureLevel.PUBLIC,
                        null,
                        Retention.YEARS_1,
                        List.of("soak"),
                        List.of(LineEntry.approval("director")),
                        List.of(),
                        List.of()));
        DocumentView submitted = approval.submit(
                Actor.of("traffic"), saved.document().id(), saved.document().revision());
        approval.approve(
                Actor.of("director"),
                submitted.document().id(),
                submitted.document().revision(),
                null);
        approvals.incrementAndGet();
    }

    private void directiveRound() {
        var mayor = new kr.seoul.smartcity.directive.domain.Actor("mayor", "김서울", Role.MAYOR, null);
        var traffic = new kr.seoul.smartcity.directive.domain.Actor("traffic", "이교통", Role.OFFICIAL, "TRAFFIC");
        Directive directive = directives.issue(
                mayor,
                new NewDirective(
                        "부하 시험 지시 " + System.nanoTime(),
                        "",
                        List.of("TRAFFIC"),
                        directives.now().plus(Duration.ofDays(3)),
                        null,
                        null));
        directives.acknowledge(traffic, directive.id());
        directives.reportDone(traffic, directive.id(), "처리했습니다", List.of());
        directives.accept(mayor, directive.id(), "");
        directiveSteps.addAndGet(4);
    }

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private void search(URI base) {
        String word = WORDS[ThreadLocalRandom.current().nextInt(WORDS.length)];
        try {
            HttpResponse<Void> response = http.send(
                    HttpRequest.newBuilder(base.resolve(
                                    "/api/public/archive/search?q=" + URLEncoder.encode(word, StandardCharsets.UTF_8)))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() != 200) {
                errors.incrementAndGet();
            }
            searches.incrementAndGet();
        } catch (Exception e) {
            errors.incrementAndGet();
        }
    }

    private void every(AtomicBoolean running, Duration pause, Runnable work) {
        while (running.get()) {
            try {
                work.run();
            } catch (RuntimeException e) {
                errors.incrementAndGet();
            }
            try {
                Thread.sleep(pause.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static void sleepUntil(long nanoTime) throws InterruptedException {
        long wait = nanoTime - System.nanoTime();
        if (wait > 0) {
            TimeUnit.NANOSECONDS.sleep(wait);
        }
    }

    /** Least-squares growth per minute. */
    private static double slope(List<Sample> samples, java.util.function.ToDoubleFunction<Sample> value) {
        int n = samples.size();
        if (n < 2) {
            return 0;
        }
        double meanX = samples.stream().mapToDouble(Sample::minute).average().orElse(0);
        double meanY = samples.stream().mapToDouble(value).average().orElse(0);
        double covariance = 0;
        double variance = 0;
        for (Sample sample : samples) {
            covariance += (sample.minute() - meanX) * (value.applyAsDouble(sample) - meanY);
            variance += (sample.minute() - meanX) * (sample.minute() - meanX);
        }
        return variance == 0 ? 0 : covariance / variance;
    }
}
