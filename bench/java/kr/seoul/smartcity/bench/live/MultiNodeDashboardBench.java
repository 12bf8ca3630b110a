package kr.seoul.smartcity.bench.live;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Open dashboards on several instances sharing one PostgreSQL, behind HAProxy with sticky sessions: only the first
 * instance (a) reads the air-quality feed, so every update reaches the others' UIs through PostgreSQL LISTEN/NOTIFY.
 * Prints the same table as {@link LiveDashboardBench}, with each instance's own count of UIs.
 * <p>
 * The UIs are held by load-client JVMs of their own, each through a HAProxy of its own in front of all instances
 * (same sticky-cookie configuration, as several proxies behind DNS round robin or an L4 balancer would be): a process
 * may open at most 20,000 file descriptors on this machine, a proxied connection takes two in the proxy and a UI's
 * websocket one in the client, so one proxy holds at most 9,000 UIs ({@link HaProxy}) and tens of thousands fit in
 * no single process. By default one client and proxy per 7,000 UIs of the largest size, which also keeps each
 * client's connections to its proxy's port well inside the ~28,000 ephemeral ports.
 * <p>
 * Run: {@code ./mvnw verify -Pbench -Dit.test=MultiNodeDashboardBench -Dbench.nodes=4} (needs
 * {@code apt-get install haproxy}); {@code bench.nodes} (2), {@code bench.client-processes} (one per 7,000 UIs),
 * {@code bench.client-heap} (1536m) and the options of {@link LiveDashboardBench} ({@code bench.uis},
 * {@code bench.rounds}, {@code bench.server-heap} for each instance, {@code bench.parallel-opens} shared by the
 * clients).
 */
class MultiNodeDashboardBench {

    private static final int UIS_PER_CLIENT = 7_000;
    /** A proxy's 9,000 connections, less room for the clients' HTTP connections next to the websockets. */
    private static final int MOST_UIS_PER_CLIENT = 8_500;

    @Test
    void nodesBehindProxies() throws Exception {
        int nodes = Integer.getInteger("bench.nodes", 2);
        List<Integer> sizes = LiveDashboardBench.sizes();
        int largest = Collections.max(sizes);
        int clients = Integer.getInteger("bench.client-processes", Math.ceilDiv(largest, UIS_PER_CLIENT));
        if (Math.ceilDiv(largest, clients) > MOST_UIS_PER_CLIENT) {
            throw new IllegalArgumentException(largest + " UIs over " + clients + " client processes and proxies is "
                    + "more than " + MOST_UIS_PER_CLIENT + " each: a process may open at most 20,000 descriptors here "
                    + "(raise bench.client-processes)");
        }
        String setUp = String.format("%d nodes (a ingests), %d HAProxy + client processes", nodes, clients);
        Map<String, String> services = LiveDashboardBench.services();
        List<DashboardLoad.Row> rows = new ArrayList<>();
        try (AirFeedReplay replay = AirFeedReplay.start();
                Started<BenchApp> instances = new Started<>();
                Started<HaProxy> proxies = new Started<>()) {
            for (int i = 0; i < nodes; i++) {
                Map<String, String> properties = new LinkedHashMap<>(services);
                properties.putAll(i == 0 ? LiveDashboardBench.ingesting(replay) : LiveDashboardBench.quiet());
                BenchApp node = instances.add(BenchApp.start(
                        String.valueOf((char) ('a' + i)),
                        properties,
                        LiveDashboardBench.heap(),
                        LiveDashboardBench.WORK));
                System.out.printf(
                        "node %s: ready in %.1f s%n",
                        node.name(), node.startup().toMillis() / 1e3);
            }
            for (int p = 1; p <= clients; p++) {
                proxies.add(HaProxy.start("haproxy-" + p, instances.all(), LiveDashboardBench.WORK));
            }
            List<URI> entries = proxies.all().stream().map(HaProxy::url).toList();
            String clientHeap = System.getProperty("bench.client-heap", "1536m");
            DashboardLoad load = new DashboardLoad(
                    instances.all(),
                    () -> ForkedViewers.start(
                            entries,
                            LiveDashboardBench.VISITORS,
                            LiveDashboardBench.parallelOpens(),
                            clientHeap,
                            LiveDashboardBench.WORK),
                    replay,
                    new DeclaredAirSource(services),
                    LiveDashboardBench.rounds());
            rows.addAll(load.run(setUp, sizes));
        }
        System.out.println("\nOpen dashboards on " + nodes + " nodes behind HAProxy (" + LiveDashboardBench.rounds()
                + " updates per size; server UIs and sessions per node, a + b + …):\n" + DashboardLoad.format(rows));
    }
}
