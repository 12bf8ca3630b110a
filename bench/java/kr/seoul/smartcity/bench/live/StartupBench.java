package kr.seoul.smartcity.bench.live;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Launch to ready (the readiness probe answers 200) of the production jar and of the embedded default, each in a
 * new JVM: the jar on a database it migrates first and on one already migrated, plain and with a JDK AOT cache
 * made by a training run (Spring Boot's extracted layout, {@code -XX:AOTCache}); the embedded default (its own
 * PostgreSQL and Elasticsearch, demo data) on fresh data and restarted on kept data.
 * <p>
 * Run: {@code ./mvnw verify -Pbench -Dit.test=StartupBench} (after the jar is packaged); starts per row
 * {@code -Dbench.starts=5}.
 */
class StartupBench {

    private record Row(String what, List<Long> millis) {
    }

    @Test
    void startup() throws Exception {
        int starts = Integer.getInteger("bench.starts", 5);
        Path work = LiveDashboardBench.WORK.resolve("startup");
        Map<String, String> services = LiveDashboardBench.services();
        Map<String, String> production = new LinkedHashMap<>(services);
        production.remove("city.dev.shared-services");
        String database = "startup_" + System.currentTimeMillis();
        createDatabase(services.get("spring.flyway.url"), database);
        production.replaceAll((key, value) -> key.endsWith(".url") && value.contains("postgresql")
                ? value.replaceFirst("/[^/?]+(\\?|$)", "/" + database + "$1") : value);
        Path jar = productionJar();

        List<Row> rows = new ArrayList<>();
        rows.add(new Row("production jar, empty database (runs the migrations)",
                List.of(startJar("jar-first", jar, List.of(), production, work))));
        rows.add(new Row("production jar", times(starts, i -> startJar("jar-" + i, jar, List.of(), production, work))));

        Path extracted = extract(jar, work);
        Path cache = work.resolve("app.aot");
        train(extracted, cache, production, work);
        rows.add(new Row("production jar, extracted, with a JDK AOT cache (`-XX:AOTCache`)", times(starts,
                i -> startJar("jar-aot-" + i, extracted, List.of("-XX:AOTCache=" + cache), production, work))));

        Map<String, String> embedded = new LinkedHashMap<>(LiveDashboardBench.quiet());
        embedded.remove("city.simulation.enabled");
        embedded.put("city.dev.elasticsearch-zip", System.getProperty("city.dev.elasticsearch-zip"));
        embedded.put("city.dev.data-dir", work.resolve("embedded").toAbsolutePath().toString());
        embedded.put("city.dev.fresh", "true");
        rows.add(new Row("embedded default, fresh data (starts PostgreSQL and Elasticsearch, migrates, demo data)",
                List.of(startEmbedded("embedded-first", embedded, work))));
        embedded.put("city.dev.fresh", "false");
        rows.add(new Row("embedded default, data kept from the last run",
                times(starts, i -> startEmbedded("embedded-" + i, embedded, work))));

        StringBuilder table = new StringBuilder("| Start | runs | median s | min s | max s |\n|---|---:|---:|---:|---:|\n");
        for (Row row : rows) {
            List<Long> sorted = row.millis().stream().sorted().toList();
            table.append(String.format("| %s | %d | %.2f | %.2f | %.2f |%n", row.what(), sorted.size(),
                    sorted.get(sorted.size() / 2) / 1e3, sorted.getFirst() / 1e3, sorted.getLast() / 1e3));
        }
        System.out.println("\nLaunch to ready (" + Runtime.version() + "):\n" + table);
    }

    private interface Start {
        long run(int index) throws Exception;
    }

    private static List<Long> times(int starts, Start start) throws Exception {
        List<Long> millis = new ArrayList<>();
        for (int i = 0; i < starts; i++) {
            millis.add(start.run(i));
        }
        return millis;
    }

    private static long startJar(String name, Path jar, List<String> jvmOptions, Map<String, String> properties,
                                 Path work) throws Exception {
        try (BenchApp app = BenchApp.startJar(name, jar, jvmOptions, properties, "1g", work)) {
            return app.startup().toMillis();
        }
    }

    private static long startEmbedded(String name, Map<String, String> properties, Path work) throws Exception {
        try (BenchApp app = BenchApp.start(name, properties, "1g", work)) {
            return app.startup().toMillis();
        }
    }

    private static Path productionJar() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            return files.filter(f -> f.getFileName().toString().matches("smart-city-platform-.*\\.jar"))
                    .findFirst().orElseThrow(() -> new IllegalStateException("no jar in target/: run ./mvnw package"));
        }
    }

    /** Spring Boot's extracted layout, which a JDK AOT cache needs (classes from plain jars on the class path). */
    private static Path extract(Path jar, Path work) throws Exception {
        Path destination = work.resolve("extracted");
        run(work.resolve("extract.log"), java(), "-Djarmode=tools", "-jar", jar.toString(), "extract", "--force",
                "--destination", destination.toString());
        return destination.resolve(jar.getFileName());
    }

    /** A training run that starts the application, stops after the context refresh and writes the AOT cache. */
    private static void train(Path jar, Path cache, Map<String, String> properties, Path work) throws Exception {
        List<String> command = new ArrayList<>(List.of(java(), "-XX:AOTCacheOutput=" + cache,
                "-Dspring.context.exit=onRefresh", "-jar", jar.toString(), "--server.port=0"));
        properties.forEach((key, value) -> command.add("--" + key + "=" + value));
        run(work.resolve("aot-training.log"), command.toArray(String[]::new));
        if (!Files.exists(cache)) {
            throw new IllegalStateException("the training run wrote no AOT cache; see " + work.resolve("aot-training.log"));
        }
    }

    private static void run(Path log, String... command) throws Exception {
        Files.createDirectories(log.getParent());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IllegalStateException(String.join(" ", command) + " failed; see " + log);
        }
    }

    private static String java() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    private static void createDatabase(String jdbcUrl, String name) throws Exception {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, "postgres", "");
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        }
    }
}
