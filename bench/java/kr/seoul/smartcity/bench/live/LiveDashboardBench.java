package kr.seoul.smartcity.bench.live;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import kr.seoul.smartcity.dev.SharedServices;
import org.junit.jupiter.api.Test;

/**
 * Open dashboards on one node: opens 500, 1,000, 2,000 and 5,000 real dashboard UIs over Vaadin's protocol
 * ({@link SimulatedUi}, no browser), every tenth signed in as the mayor, and at each size sends fine-dust values
 * through the real ingestion path (the declared air-quality source polling {@link AirFeedReplay}, made due at once). Prints, per size,
 * the latency from ingestion to each UI's push, updates lost, server heap per UI after GC, server CPU per
 * delivered update and the server's own count of UIs; once with the application's push settings and once with
 * Vaadin's defaults, each in a fresh server JVM.
 * <p>
 * Run: {@code ./mvnw verify -Pbench -Dit.test=LiveDashboardBench}; sizes {@code -Dbench.uis=500,1000},
 * rounds per size {@code -Dbench.rounds=10}, settings {@code -Dbench.settings=application,default}.
 */
class LiveDashboardBench {

    static final Path WORK = Path.of("target", "bench-live");

    @Test
    void oneNode() throws Exception {
        Map<String, String> services = services();
        List<DashboardLoad.Row> rows = new ArrayList<>();
        try (AirFeedReplay replay = AirFeedReplay.start()) {
            for (PushSettings settings : settings()) {
                Map<String, String> properties = new LinkedHashMap<>(services);
                properties.putAll(ingesting(replay));
                properties.putAll(settings.properties());
                try (BenchApp node =
                        BenchApp.start("node-" + settings.name().toLowerCase(), properties, heap(), WORK)) {
                    System.out.printf(
                            "%s: ready in %.1f s%n",
                            settings.label(), node.startup().toMillis() / 1e3);
                    rows.addAll(load(node.url(), List.of(node), replay).run(settings.label(), sizes()));
                }
            }
        }
        System.out.println("\nOpen dashboards on one node (" + rounds() + " updates per size, "
                + (VISITORS.staffEvery() > 0 ? "every " + VISITORS.staffEvery() + "th UI the mayor's" : "no staff UIs")
                + ", citizens on /" + VISITORS.route() + "):\n" + DashboardLoad.format(rows));
    }

    /**
     * Every tenth UI the mayor's on the home dashboard, the others citizens' on {@code bench.route} (default the home
     * dashboard, e.g. {@code kiosk}); {@code bench.staff-every=0} for citizens only.
     */
    static final VisitorMix VISITORS =
            new VisitorMix(Integer.getInteger("bench.staff-every", 10), "mayor", System.getProperty("bench.route", ""));

    /** The measurement with every UI in this JVM, opened straight at {@code entry}. */
    static DashboardLoad load(java.net.URI entry, List<BenchApp> nodes, AirFeedReplay replay) {
        return new DashboardLoad(
                nodes,
                () -> new LocalViewers(new LoadClient(entry), parallelOpens(), VISITORS),
                replay,
                new DeclaredAirSource(services()),
                rounds());
    }

    /** How many UIs the load client opens at a time. */
    static int parallelOpens() {
        return Integer.getInteger("bench.parallel-opens", 8);
    }

    /** The embedded PostgreSQL and Elasticsearch, started in this JVM and shared by the instances it launches. */
    static Map<String, String> services() {
        String zip = System.getProperty("city.dev.elasticsearch-zip");
        return SharedServices.start(WORK.resolve("services"), Path.of(zip), true);
    }

    /** Makes an instance read air quality from the replay, often, and keeps the simulated city out of it. */
    static Map<String, String> ingesting(AirFeedReplay replay) {
        Map<String, String> properties = quiet();
        properties.put("city.sources.seoul.key", "bench");
        properties.put("city.sources.seoul.base-url", replay.baseUrl());
        // the air quality is a declared source: polled often, and made due by the bench when it arms a value
        properties.put("city.sources.poll", "PT0.5S");
        properties.put("city.sources.initial-delay", "PT1S");
        return properties;
    }

    /** An instance that only shows what others ingest. */
    static Map<String, String> quiet() {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("city.simulation.enabled", "false");
        properties.put("logging.level.root", "WARN");
        properties.put("logging.level.kr.seoul.smartcity", "INFO");
        return properties;
    }

    static List<Integer> sizes() {
        return Arrays.stream(
                        System.getProperty("bench.uis", "500,1000,2000,5000").split(","))
                .map(String::strip)
                .map(Integer::valueOf)
                .toList();
    }

    static int rounds() {
        return Integer.getInteger("bench.rounds", 10);
    }

    static String heap() {
        return System.getProperty("bench.server-heap", "4g");
    }

    private static List<PushSettings> settings() {
        return Arrays.stream(System.getProperty("bench.settings", "application,default")
                        .split(","))
                .map(String::strip)
                .map(PushSettings::of)
                .toList();
    }
}
