package kr.seoul.smartcity.bench.live;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * The measurement shared by the push benchmarks: opens dashboard UIs step by step up to each size, and at each
 * size sends updates through the real ingestion path and notes when every UI receives them. Moments are
 * {@link WallClock} microseconds, so that the UIs may live in other processes than the replay.
 */
final class DashboardLoad {

    /** Figures of one size with one set of settings. */
    record Row(
            String settings,
            int uis,
            String uisPerNode,
            String sessionsPerNode,
            double p50,
            double p95,
            double p99,
            double max,
            long lost,
            long delivered,
            double heapKibPerUi,
            double cpuMicrosPerUpdate) {}

    private static final long UPDATE_TIMEOUT_SECONDS = 30;

    private final List<BenchApp> nodes;
    private final Viewers.Factory viewers;
    private final AirFeedReplay replay;
    private final DeclaredAirSource source;
    private final int rounds;
    private int nextValue = 10;

    /**
     * @param nodes   the instances whose heap, CPU and UIs are read
     * @param viewers opens the UIs of each measured set-up, through the instances' entry
     */
    DashboardLoad(
            List<BenchApp> nodes, Viewers.Factory viewers, AirFeedReplay replay, DeclaredAirSource source, int rounds) {
        this.nodes = nodes;
        this.viewers = viewers;
        this.replay = replay;
        this.source = source;
        this.rounds = rounds;
    }

    List<Row> run(String settings, List<Integer> sizes) throws Exception {
        List<Row> rows = new ArrayList<>();
        long heapBefore = nodes.stream().mapToLong(BenchApp::heapAfterGc).sum();
        try (Viewers client = viewers.open()) {
            for (int size : sizes) {
                long opening = System.nanoTime();
                client.openUntil(size);
                System.out.printf(
                        "[%s] %,d UIs open (%.1f s; a navigation response: %,d chars)%n",
                        settings, size, (System.nanoTime() - opening) / 1e9, client.navigationChars());
                Thread.sleep(1_000);
                long heap = nodes.stream().mapToLong(BenchApp::heapAfterGc).sum();
                String uisPerNode = perNode(BenchApp::uis);
                String sessionsPerNode = perNode(BenchApp::sessions);
                if (Boolean.getBoolean("bench.histogram")) {
                    for (BenchApp node : nodes) {
                        node.histogram(
                                LiveDashboardBench.WORK.resolve("histogram-" + node.name() + "-" + size + ".txt"), 40);
                    }
                }

                update(client); // warm-up, not counted
                Instant roundsFrom = Instant.now();
                long cpuBefore = nodes.stream().mapToLong(BenchApp::cpuNanos).sum();
                List<long[]> latencies = new ArrayList<>();
                long lost = 0;
                for (int r = 0; r < rounds; r++) {
                    Update update = update(client);
                    latencies.add(update.latencies());
                    lost += update.lost();
                }
                long cpu = nodes.stream().mapToLong(BenchApp::cpuNanos).sum() - cpuBefore;
                System.out.printf("[%s] updates measured from %s to %s%n", settings, roundsFrom, Instant.now());
                long[] all = latencies.stream()
                        .flatMapToLong(Arrays::stream)
                        .sorted()
                        .toArray();
                rows.add(new Row(
                        settings,
                        size,
                        uisPerNode,
                        sessionsPerNode,
                        percentile(all, 50),
                        percentile(all, 95),
                        percentile(all, 99),
                        all.length == 0 ? Double.NaN : all[all.length - 1] / 1e3,
                        lost,
                        all.length,
                        (heap - heapBefore) / 1024.0 / size,
                        all.length == 0 ? Double.NaN : cpu / 1e3 / all.length));
                System.out.println(format(List.of(rows.getLast())));
            }
        }
        Thread.sleep(2_000);
        System.out.printf(
                "[%s] after closing every UI the server counts %s UIs and %s sessions%n",
                settings, perNode(BenchApp::uis), perNode(BenchApp::sessions));
        return rows;
    }

    /** One update's latency per UI that received it (microseconds from ingestion) and how many did not. */
    private record Update(long[] latencies, int lost) {

        static Update of(long[] arrivals, long ingestedMicros) {
            return new Update(
                    Arrays.stream(arrivals)
                            .filter(at -> at != 0)
                            .map(at -> at - ingestedMicros)
                            .toArray(),
                    (int) Arrays.stream(arrivals).filter(at -> at == 0).count());
        }
    }

    private Update update(Viewers client) throws Exception {
        int value = nextValue;
        nextValue = nextValue >= 34 ? 10 : nextValue + 1;
        client.expect("\"" + value + "\"");
        var served = replay.arm(value);
        source.dueNow();
        long ingested = served.get(30, TimeUnit.SECONDS);
        long[] arrivals = client.arrivals(Duration.ofSeconds(UPDATE_TIMEOUT_SECONDS));
        Thread.sleep(300);
        return Update.of(arrivals, ingested);
    }

    private interface NodeFigure {
        int of(BenchApp node) throws Exception;
    }

    private String perNode(NodeFigure figure) throws Exception {
        List<String> figures = new ArrayList<>();
        for (BenchApp node : nodes) {
            figures.add(String.format("%,d", figure.of(node)));
        }
        return String.join(" + ", figures);
    }

    private static double percentile(long[] sorted, int percent) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1e3;
    }

    static String format(List<Row> rows) {
        String header = "| Settings | UIs | server UIs | server sessions | p50 ms | p95 ms | p99 ms | max ms | lost "
                + "| delivered | heap KiB/UI | CPU µs/update |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n";
        return header
                + rows.stream()
                        .map(row -> String.format(
                                "| %s | %,d | %s | %s | %.0f | %.0f | %.0f | %.0f | %,d | %,d | %.0f | %.0f |",
                                row.settings(),
                                row.uis(),
                                row.uisPerNode(),
                                row.sessionsPerNode(),
                                row.p50(),
                                row.p95(),
                                row.p99(),
                                row.max(),
                                row.lost(),
                                row.delivered(),
                                row.heapKibPerUi(),
                                row.cpuMicrosPerUpdate()))
                        .collect(Collectors.joining("\n"));
    }
}
