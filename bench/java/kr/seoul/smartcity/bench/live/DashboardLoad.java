package kr.seoul.smartcity.bench.live;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

/**
 * The measurement shared by the push benchmarks: opens dashboard UIs step by step up to each size, and at each
 * size sends updates through the real ingestion path and notes when every UI receives them.
 */
final class DashboardLoad {

    /** Figures of one size with one set of settings. */
    record Row(String settings, int uis, String uisPerNode, String sessionsPerNode, double p50, double p95,
               double p99, double max, long lost, long delivered, double heapKibPerUi, double cpuMicrosPerUpdate) {
    }

    private static final long UPDATE_TIMEOUT_SECONDS = 30;

    private final URI entry;
    private final List<BenchApp> nodes;
    private final AirFeedReplay replay;
    private final DeclaredAirSource source;
    private final int rounds;
    private final int parallelOpens;
    private final IntFunction<LoadClient.Visitor> visitors;
    private int nextValue = 10;

    DashboardLoad(URI entry, List<BenchApp> nodes, AirFeedReplay replay, DeclaredAirSource source, int rounds,
                  int parallelOpens, IntFunction<LoadClient.Visitor> visitors) {
        this.entry = entry;
        this.nodes = nodes;
        this.replay = replay;
        this.source = source;
        this.rounds = rounds;
        this.parallelOpens = parallelOpens;
        this.visitors = visitors;
    }

    List<Row> run(String settings, List<Integer> sizes) throws Exception {
        List<Row> rows = new ArrayList<>();
        long heapBefore = nodes.stream().mapToLong(BenchApp::heapAfterGc).sum();
        try (LoadClient client = new LoadClient(entry)) {
            for (int size : sizes) {
                long opening = System.nanoTime();
                client.openUntil(size, parallelOpens, visitors);
                System.out.printf("[%s] %,d UIs open (%.1f s; a navigation response: %,d chars)%n", settings, size,
                        (System.nanoTime() - opening) / 1e9, SimulatedUi.navigationChars);
                Thread.sleep(1_000);
                long heap = nodes.stream().mapToLong(BenchApp::heapAfterGc).sum();
                String uisPerNode = perNode(BenchApp::uis);
                String sessionsPerNode = perNode(BenchApp::sessions);
                if (Boolean.getBoolean("bench.histogram")) {
                    for (BenchApp node : nodes) {
                        node.histogram(LiveDashboardBench.WORK.resolve("histogram-" + node.name() + "-" + size + ".txt"), 40);
                    }
                }

                update(client, size); // warm-up, not counted
                Instant roundsFrom = Instant.now();
                long cpuBefore = nodes.stream().mapToLong(BenchApp::cpuNanos).sum();
                List<long[]> latencies = new ArrayList<>();
                long lost = 0;
                for (int r = 0; r < rounds; r++) {
                    Update update = update(client, size);
                    latencies.add(update.latencies());
                    lost += update.lost();
                }
                long cpu = nodes.stream().mapToLong(BenchApp::cpuNanos).sum() - cpuBefore;
                System.out.printf("[%s] updates measured from %s to %s%n", settings, roundsFrom, Instant.now());
                long[] all = latencies.stream().flatMapToLong(Arrays::stream).sorted().toArray();
                rows.add(new Row(settings, size, uisPerNode, sessionsPerNode, percentile(all, 50), percentile(all, 95),
                        percentile(all, 99), all.length == 0 ? Double.NaN : all[all.length - 1] / 1e6, lost, all.length,
                        (heap - heapBefore) / 1024.0 / size, all.length == 0 ? Double.NaN : cpu / 1e3 / all.length));
                System.out.println(format(List.of(rows.getLast())));
            }
        }
        Thread.sleep(2_000);
        System.out.printf("[%s] after closing every UI the server counts %s UIs and %s sessions%n", settings,
                perNode(BenchApp::uis), perNode(BenchApp::sessions));
        return rows;
    }

    private record Update(long[] latencies, int lost) {
    }

    private Update update(LoadClient client, int size) throws Exception {
        int value = nextValue;
        nextValue = nextValue >= 34 ? 10 : nextValue + 1;
        UpdateRound round = new UpdateRound("\"" + value + "\"", size);
        client.measure(round);
        var served = replay.arm(value);
        source.dueNow();
        long ingested = served.get(30, TimeUnit.SECONDS);
        round.await(UPDATE_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        client.measure(null);
        Thread.sleep(300);
        return new Update(round.latencies(ingested), round.lost());
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
        return sorted[Math.max(0, index)] / 1e6;
    }

    static String format(List<Row> rows) {
        String header = "| Settings | UIs | server UIs | server sessions | p50 ms | p95 ms | p99 ms | max ms | lost "
                + "| delivered | heap KiB/UI | CPU µs/update |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n";
        return header + rows.stream().map(row -> String.format(
                        "| %s | %,d | %s | %s | %.0f | %.0f | %.0f | %.0f | %,d | %,d | %.0f | %.0f |", row.settings(),
                        row.uis(), row.uisPerNode(), row.sessionsPerNode(), row.p50(), row.p95(), row.p99(), row.max(),
                        row.lost(), row.delivered(), row.heapKibPerUi(), row.cpuMicrosPerUpdate()))
                .collect(Collectors.joining("\n"));
    }
}
