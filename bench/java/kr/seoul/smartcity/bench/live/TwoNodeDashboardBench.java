package kr.seoul.smartcity.bench.live;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Open dashboards on two instances sharing one PostgreSQL, behind HAProxy with sticky sessions: the load client
 * connects through the proxy, which spreads the UIs over both nodes; only node A reads the air-quality feed, so
 * every update reaches node B's UIs through PostgreSQL LISTEN/NOTIFY. Prints the same table as
 * {@link LiveDashboardBench}, with each node's own count of UIs.
 * <p>
 * Run: {@code ./mvnw verify -Pbench -Dit.test=TwoNodeDashboardBench} (needs {@code apt-get install haproxy});
 * the same {@code bench.uis} and {@code bench.rounds} options.
 */
class TwoNodeDashboardBench {

    @Test
    void twoNodesBehindAProxy() throws Exception {
        Map<String, String> services = LiveDashboardBench.services();
        List<DashboardLoad.Row> rows = new ArrayList<>();
        try (AirFeedReplay replay = AirFeedReplay.start()) {
            Map<String, String> a = new LinkedHashMap<>(services);
            a.putAll(LiveDashboardBench.ingesting(replay));
            Map<String, String> b = new LinkedHashMap<>(services);
            b.putAll(LiveDashboardBench.quiet());
            try (BenchApp nodeA = BenchApp.start("a", a, LiveDashboardBench.heap(), LiveDashboardBench.WORK);
                 BenchApp nodeB = BenchApp.start("b", b, LiveDashboardBench.heap(), LiveDashboardBench.WORK);
                 HaProxy proxy = HaProxy.start(List.of(nodeA, nodeB), LiveDashboardBench.WORK)) {
                rows.addAll(LiveDashboardBench.load(proxy.url(), List.of(nodeA, nodeB), replay)
                        .run("2 nodes (A ingests) via HAProxy", LiveDashboardBench.sizes()));
            }
        }
        System.out.println("\nOpen dashboards on two nodes behind HAProxy (" + LiveDashboardBench.rounds()
                + " updates per size; server UIs and sessions as A + B):\n" + DashboardLoad.format(rows));
    }
}
