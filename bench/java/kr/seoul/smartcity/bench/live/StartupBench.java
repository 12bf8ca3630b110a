package kr.seoul.smartcity.bench.live;

import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.ToLongFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;

/**
 * Launch to ready (the readiness probe answers 200) of the production jar and of the embedded default, each in a
 * new JVM, and then to the first page served (the home page, Vaadin's init request and the first UIDL round trip
 * that draws the view: what lazy initialisation moves from the start to the first visitor).
 * <p>
 * The jar's ways of starting are compared in one sitting, their starts taking turns in rotating order so that the
 * machine's other load weighs on all alike ({@code -Dbench.startup.variants=} a comma list of the keys below):
 * <ul>
 *     <li>{@code jar}: {@code java -jar}, today's settings (the baseline)</li>
 *     <li>{@code extracted}: Spring Boot's extracted layout ({@code -Djarmode=tools extract}), no cache</li>
 *     <li>{@code aot-cache-refresh}: extracted, with a JDK AOT cache from a training run that stops after the
 *     context refresh ({@code -Dspring.context.exit=onRefresh}, as measured on 2026-12-03)</li>
 *     <li>{@code aot-cache}: extracted, with a JDK AOT cache from a training run that serves a first page
 *     ({@code -XX:AOTMode=record}, then {@code create})</li>
 *     <li>{@code lazy}: {@code spring.main.lazy-initialization=true}</li>
 *     <li>{@code spring-aot}: Spring's AOT-processed bean definitions ({@code -Dspring.aot.enabled=true}; the jar
 *     must be built with {@code -Pspring-aot})</li>
 *     <li>{@code lazy-aot-cache}: extracted, lazy, with an AOT cache trained the same way</li>
 *     <li>{@code all}: extracted, Spring AOT, lazy, with an AOT cache trained the same way</li>
 *     <li>{@code tuned}, {@code tuned-lazy}, {@code tuned-aot-cache} (the cache made by {@code docker/app/aot-cache.sh};
 *     {@code tuned-aot-cache-c1} the same with the JIT held to C1),
 *     {@code tuned-lazy-aot-cache}, {@code tuned-all}: the same with the
 *     jar in {@code target/} when {@code -Dbench.startup.baseline-jar=} names today's jar for the rows above (a copy
 *     of the jar before the changes being measured), so that a change to the code is measured against the code
 *     before it in the same sitting</li>
 * </ul>
 * {@code -Dbench.startup.profile=true} adds one profiled start first (not timed; {@code =cache}: with the first
 * variant's AOT cache, after the caches are made): Spring's startup steps per bean
 * ({@link StartupSteps}), a JFR recording, the classes loaded and the JVM's class loading and initialisation times,
 * written to {@code target/bench-live/startup/profile*}. {@code -Dbench.startup.embedded=false} leaves out the
 * embedded default's rows.
 * <p>
 * Run: {@code ./mvnw verify -Pbench -Dit.test=StartupBench} (after the jar is packaged; {@code -Pbench,spring-aot}
 * for the Spring AOT rows); starts per row {@code -Dbench.starts=5}.
 */
class StartupBench {

    private static final String ALL = "jar,extracted,aot-cache-refresh,aot-cache,lazy,spring-aot,lazy-aot-cache,all,"
            + "tuned,tuned-lazy,tuned-aot-cache,tuned-aot-cache-c1,tuned-lazy-aot-cache,tuned-all";
    private static final Pattern STARTED = Pattern.compile("Started \\w+ in ([\\d.]+) seconds");
    /**
     * BenchApp starts every JVM with JMX remote on ({@code -Dcom.sun.management.jmxremote.port}), which adds the module
     * {@code jdk.management.agent}; a cache made without it is refused whole ("Mismatched values for property
     * jdk.module.addmods ... Unable to map shared spaces"), and the start runs without a cache. The cache's own JVMs
     * (training to the refresh, create) are given the same module.
     */
    private static final String SAME_MODULES = "--add-modules=jdk.management.agent";

    private record Variant(
            String key, String what, Path jar, List<String> jvmOptions, Map<String, String> properties) {}

    private record Start(long readyMillis, long firstPageMillis, long cpuMillis, long startedMillis) {}

    private record Row(String what, List<Start> starts) {}

    @Test
    void startup() throws Exception {
        int starts = Integer.getInteger("bench.starts", 5);
        List<String> keys = Arrays.stream(
                        System.getProperty("bench.startup.variants", ALL).split(","))
                .map(String::strip)
                .filter(key -> !key.isEmpty())
                .toList();
        Path work = LiveDashboardBench.WORK.resolve("startup");
        Files.createDirectories(work);
        Map<String, String> services = LiveDashboardBench.services();
        Map<String, String> production = new LinkedHashMap<>(services);
        production.remove("city.dev.shared-services");
        String database = "startup_" + System.currentTimeMillis();
        createDatabase(services.get("spring.flyway.url"), database);
        production.replaceAll((key, value) -> key.endsWith(".url") && value.contains("postgresql")
                ? value.replaceFirst("/[^/?]+(\\?|$)", "/" + database + "$1")
                : value);
        Path jar = productionJar();
        // today's jar for the baseline rows, when the jar in target/ holds changes to compare against it
        Path baseline = Path.of(System.getProperty("bench.startup.baseline-jar", jar.toString()));
        boolean springAot = hasSpringAot(baseline) && hasSpringAot(jar);
        System.out.println("StartupBench: " + jar + (baseline.equals(jar) ? "" : " against " + baseline)
                + (springAot ? " (with Spring AOT)" : " (no Spring AOT: build with -Pspring-aot for those rows)")
                + ", " + load());

        List<Row> rows = new ArrayList<>();
        rows.add(new Row(
                "production jar, empty database (runs the migrations)",
                List.of(start("jar-first", new Variant("jar", "", baseline, List.of(), production), work))));

        Path extractedBaseline = extract(baseline, work.resolve("extracted-baseline"), work);
        Path extracted = baseline.equals(jar) ? extractedBaseline : extract(jar, work.resolve("extracted"), work);
        String profile = System.getProperty("bench.startup.profile", "false");
        if (profile.equals("true")) {
            profile(extracted, List.of(), production, work);
        }

        Map<String, String> lazy = with(production, "spring.main.lazy-initialization", "true");
        List<String> aot = List.of("-Dspring.aot.enabled=true");
        List<Variant> variants = new ArrayList<>();
        for (String key : keys) {
            if (key.endsWith("all") || key.endsWith("spring-aot")) {
                if (!springAot) {
                    System.out.println("StartupBench: no Spring AOT in the jar, leaving out " + key);
                    continue;
                }
            }
            variants.add(
                    switch (key) {
                        case "jar" ->
                            new Variant(
                                    key,
                                    "production jar (`java -jar`, today's settings)",
                                    baseline,
                                    List.of(),
                                    production);
                        case "extracted" ->
                            new Variant(key, "extracted layout, no cache", extractedBaseline, List.of(), production);
                        case "aot-cache-refresh" ->
                            new Variant(
                                    key,
                                    "extracted, JDK AOT cache trained to the context refresh"
                                            + " (`-Dspring.context.exit=onRefresh`)",
                                    extractedBaseline,
                                    List.of("-XX:AOTCache="
                                            + trainToRefresh(
                                                    extractedBaseline, work.resolve("refresh.aot"), production, work)),
                                    production);
                        case "aot-cache" ->
                            new Variant(
                                    key,
                                    "extracted, JDK AOT cache trained by serving a first page",
                                    extractedBaseline,
                                    cached(key, extractedBaseline, List.of(), production, work),
                                    production);
                        case "lazy" ->
                            new Variant(
                                    key,
                                    "production jar, `spring.main.lazy-initialization=true`",
                                    baseline,
                                    List.of(),
                                    lazy);
                        case "spring-aot" ->
                            new Variant(
                                    key,
                                    "production jar, Spring AOT (`-Dspring.aot.enabled=true`)",
                                    baseline,
                                    aot,
                                    production);
                        case "lazy-aot-cache" ->
                            new Variant(
                                    key,
                                    "extracted, lazy, JDK AOT cache (first page)",
                                    extractedBaseline,
                                    cached(key, extractedBaseline, List.of(), lazy, work),
                                    lazy);
                        case "all" ->
                            new Variant(
                                    key,
                                    "extracted, Spring AOT, lazy, JDK AOT cache (first page)",
                                    extractedBaseline,
                                    cached(key, extractedBaseline, aot, lazy, work),
                                    lazy);
                        case "tuned" -> new Variant(key, "tuned jar (`java -jar`)", jar, List.of(), production);
                        case "tuned-lazy" ->
                            new Variant(key, "tuned jar, `spring.main.lazy-initialization=true`", jar, List.of(), lazy);
                        case "tuned-aot-cache" ->
                            scripted(
                                    key,
                                    "tuned jar, extracted, JDK AOT cache made by"
                                            + " `docker/app/aot-cache.sh` (first page)",
                                    jar,
                                    production,
                                    work);
                        case "tuned-aot-cache-c1" -> {
                            // the same cache, the JIT held to its first tier: what the compiler threads cost the start
                            Variant scripted = variants.stream()
                                    .filter(v -> v.key().equals("tuned-aot-cache"))
                                    .findFirst()
                                    .orElseThrow(() -> new IllegalArgumentException(
                                            "tuned-aot-cache-c1 comes after tuned-aot-cache"));
                            List<String> options = new ArrayList<>(scripted.jvmOptions());
                            options.add("-XX:TieredStopAtLevel=1");
                            yield new Variant(
                                    key,
                                    "as the row before, JIT held to C1 (`-XX:TieredStopAtLevel=1`)",
                                    scripted.jar(),
                                    options,
                                    production);
                        }
                        case "tuned-lazy-aot-cache" ->
                            new Variant(
                                    key,
                                    "tuned jar, extracted, lazy, JDK AOT cache (first" + " page)",
                                    extracted,
                                    cached(key, extracted, List.of(), lazy, work),
                                    lazy);
                        case "tuned-all" ->
                            new Variant(
                                    key,
                                    "tuned jar, extracted, Spring AOT, lazy, JDK AOT cache (first" + " page)",
                                    extracted,
                                    cached(key, extracted, aot, lazy, work),
                                    lazy);
                        default -> throw new IllegalArgumentException("unknown variant " + key + "; known: " + ALL);
                    });
        }

        if (profile.equals("cache")) {
            // the profiled start with the first variant's AOT cache: what is left once the classes come from it
            Variant cached = variants.stream()
                    .filter(v -> v.jvmOptions().stream().anyMatch(o -> o.startsWith("-XX:AOTCache=")))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("no variant with a cache"));
            profile(cached.jar(), cached.jvmOptions(), cached.properties(), work);
        }

        Map<String, List<Start>> measured = new LinkedHashMap<>();
        variants.forEach(variant -> measured.put(variant.key(), new ArrayList<>()));
        for (int round = 0; round < starts; round++) {
            System.out.println("StartupBench: round " + (round + 1) + " of " + starts + ", " + load());
            for (int i = 0; i < variants.size(); i++) {
                Variant variant = variants.get((i + round) % variants.size());
                Start start = start(variant.key() + "-" + round, variant, work);
                measured.get(variant.key()).add(start);
                System.out.printf(
                        "StartupBench: %s ready %.2f s, first page +%.2f s, cpu %.1f s%n",
                        variant.key(),
                        start.readyMillis() / 1e3,
                        start.firstPageMillis() / 1e3,
                        start.cpuMillis() / 1e3);
            }
        }
        for (Variant variant : variants) {
            rows.add(new Row(variant.what(), measured.get(variant.key())));
        }

        if (!"false".equals(System.getProperty("bench.startup.embedded"))) {
            Map<String, String> embedded = new LinkedHashMap<>(LiveDashboardBench.quiet());
            embedded.remove("city.simulation.enabled");
            embedded.put("city.dev.elasticsearch-zip", System.getProperty("city.dev.elasticsearch-zip"));
            embedded.put(
                    "city.dev.data-dir",
                    work.resolve("embedded").toAbsolutePath().toString());
            embedded.put("city.dev.fresh", "true");
            rows.add(new Row(
                    "embedded default, fresh data (starts PostgreSQL and Elasticsearch, migrates, demo data)",
                    List.of(startEmbedded("embedded-first", embedded, work))));
            embedded.put("city.dev.fresh", "false");
            List<Start> kept = new ArrayList<>();
            for (int i = 0; i < starts; i++) {
                kept.add(startEmbedded("embedded-" + i, embedded, work));
            }
            rows.add(new Row("embedded default, data kept from the last run", kept));
        }

        StringBuilder table = new StringBuilder("| Start | runs | ready median s | min s | max s "
                + "| first page median s (after ready) | CPU s to ready (median) | Spring's \"Started in\" s (median) |\n"
                + "|---|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Row row : rows) {
            List<Long> ready = sorted(row.starts(), Start::readyMillis);
            table.append(String.format(
                    "| %s | %d | %.2f | %.2f | %.2f | %s | %s | %s |%n",
                    row.what(),
                    ready.size(),
                    median(ready) / 1e3,
                    ready.getFirst() / 1e3,
                    ready.getLast() / 1e3,
                    seconds(sorted(row.starts(), Start::firstPageMillis)),
                    seconds(sorted(row.starts(), Start::cpuMillis)),
                    seconds(sorted(row.starts(), Start::startedMillis))));
        }
        System.out.println("\nLaunch to ready (" + Runtime.version() + ", " + load() + "):\n" + table);
    }

    private static Map<String, String> with(Map<String, String> properties, String key, String value) {
        Map<String, String> copy = new LinkedHashMap<>(properties);
        copy.put(key, value);
        return copy;
    }

    private static List<Long> sorted(List<Start> starts, ToLongFunction<Start> figure) {
        return starts.stream().mapToLong(figure).sorted().boxed().toList();
    }

    private static long median(List<Long> sorted) {
        return sorted.get(sorted.size() / 2);
    }

    private static String seconds(List<Long> sorted) {
        return sorted.stream().allMatch(value -> value < 0) ? "—" : String.format("%.2f", median(sorted) / 1e3);
    }

    private static String load() {
        try {
            return "load average " + Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (Exception e) {
            return "load average unknown";
        }
    }

    private static Start start(String name, Variant variant, Path work) throws Exception {
        try (BenchApp app =
                BenchApp.startJar(name, variant.jar(), variant.jvmOptions(), variant.properties(), "1g", work)) {
            long cpu = app.cpuNanos() / 1_000_000;
            long firstPage = firstPage(app);
            Path log = work.resolve(name + ".log");
            String text = Files.readString(log);
            if (text.contains("[error][aot]")) {
                System.out.println("StartupBench: the JVM refused the AOT cache in " + name + ": "
                        + text.lines()
                                .filter(line -> line.contains("[error][aot]"))
                                .limit(3)
                                .toList());
            }
            if (!text.contains("o.f.core.internal.command.DbValidate")) {
                // a start that skips the migrations is not a fair start (lazy initialisation did, before Flyway's
                // initializer was kept out of it)
                System.out.println("StartupBench: Flyway did not run in " + name + "; see " + log);
            }
            return new Start(app.startup().toMillis(), firstPage, cpu, startedMillis(log));
        }
    }

    private static Start startEmbedded(String name, Map<String, String> properties, Path work) throws Exception {
        try (BenchApp app = BenchApp.start(name, properties, "1g", work)) {
            return new Start(
                    app.startup().toMillis(),
                    -1,
                    app.cpuNanos() / 1_000_000,
                    startedMillis(work.resolve(name + ".log")));
        }
    }

    /** What a first visitor does: the home page, Vaadin's init request, the push connection and the first view. */
    private static long firstPage(BenchApp app) throws Exception {
        long began = System.nanoTime();
        SimulatedUi ui = new SimulatedUi(
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build(),
                app.url(),
                0,
                (tab, message, arrived) -> {});
        ui.open("", null, null);
        long millis = (System.nanoTime() - began) / 1_000_000;
        ui.close();
        return millis;
    }

    /** Spring Boot's own "Started ... in N seconds" from the log, or -1. */
    private static long startedMillis(Path log) throws Exception {
        Matcher matcher = STARTED.matcher(Files.readString(log));
        return matcher.find() ? Math.round(Double.parseDouble(matcher.group(1)) * 1000) : -1;
    }

    private static Path productionJar() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            return files.filter(f -> f.getFileName().toString().matches("smart-city-platform-.*\\.jar"))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("no jar in target/: run ./mvnw package"));
        }
    }

    private static boolean hasSpringAot(Path jar) throws Exception {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            return zip.getEntry("BOOT-INF/classes/kr/seoul/smartcity/Application__ApplicationContextInitializer.class")
                    != null;
        }
    }

    /** Spring Boot's extracted layout, which a JDK AOT cache needs (classes from plain jars on the class path). */
    private static Path extract(Path jar, Path destination, Path work) throws Exception {
        run(
                work.resolve("extract.log"),
                java(),
                "-Djarmode=tools",
                "-jar",
                jar.toString(),
                "extract",
                "--force",
                "--destination",
                destination.toString());
        return destination.resolve(jar.getFileName());
    }

    /** A training run that starts the application, stops after the context refresh and writes the AOT cache. */
    private static Path trainToRefresh(Path jar, Path cache, Map<String, String> properties, Path work)
            throws Exception {
        List<String> command = new ArrayList<>(List.of(
                java(),
                "-Xmx1g",
                "-Xms1g",
                SAME_MODULES,
                "-XX:AOTCacheOutput=" + cache,
                "-Dspring.context.exit=onRefresh",
                "-jar",
                jar.toString(),
                "--server.port=0"));
        properties.forEach((key, value) -> command.add("--" + key + "=" + value));
        run(work.resolve("aot-training-refresh.log"), command.toArray(String[]::new));
        if (!Files.exists(cache)) {
            throw new IllegalStateException(
                    "the training run wrote no AOT cache; see " + work.resolve("aot-training-refresh.log"));
        }
        summariseSkipped(work.resolve("aot-training-refresh.log"));
        return cache;
    }

    /**
     * A training run as the variant starts (same JVM options and properties) that serves a first page and stops
     * (JDK 25, {@code -XX:AOTMode=record}), then the cache made from what it recorded ({@code -XX:AOTMode=create}).
     */
    private static List<String> cached(
            String key, Path jar, List<String> jvmOptions, Map<String, String> properties, Path work) throws Exception {
        Path configuration = work.resolve(key + ".aotconf");
        Path cache = work.resolve(key + ".aot");
        Files.deleteIfExists(configuration);
        List<String> record = new ArrayList<>(jvmOptions);
        record.addAll(List.of("-XX:AOTMode=record", "-XX:AOTConfiguration=" + configuration));
        try (BenchApp app = BenchApp.startJar("train-" + key, jar, record, properties, "1g", work)) {
            firstPage(app);
        }
        List<String> create = new ArrayList<>(List.of(java(), "-Xmx1g", "-Xms1g", SAME_MODULES));
        create.addAll(jvmOptions);
        create.addAll(List.of(
                "-XX:AOTMode=create",
                "-XX:AOTConfiguration=" + configuration,
                "-XX:AOTCache=" + cache,
                "-jar",
                jar.toString()));
        Path log = work.resolve("aot-create-" + key + ".log");
        run(log, create.toArray(String[]::new));
        summariseSkipped(work.resolve("train-" + key + ".log"));
        summariseSkipped(log);
        List<String> options = new ArrayList<>(jvmOptions);
        options.add("-XX:AOTCache=" + cache);
        return options;
    }

    /** The cache made as the README tells operators to make it: {@code docker/app/aot-cache.sh}. */
    private static Variant scripted(String key, String what, Path jar, Map<String, String> properties, Path work)
            throws Exception {
        Path folder = work.resolve(key).toAbsolutePath();
        List<String> command = new ArrayList<>(
                List.of("bash", "docker/app/aot-cache.sh", jar.toAbsolutePath().toString(), folder.toString()));
        properties.forEach((name, value) -> command.add("--" + name + "=" + value));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(work.resolve("aot-script-" + key + ".log").toFile());
        builder.environment().put("JAVA", java());
        builder.environment().put("JAVA_OPTS", "-Xmx1g -Xms1g " + SAME_MODULES);
        builder.environment().put("TRAINING_PORT", Integer.toString(BenchApp.freePort()));
        Process process = builder.start();
        if (!process.waitFor(15, TimeUnit.MINUTES) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IllegalStateException(
                    "docker/app/aot-cache.sh failed; see " + work.resolve("aot-script-" + key + ".log"));
        }
        summariseSkipped(folder.resolve("aot-create.log"));
        return new Variant(
                key,
                what,
                folder.resolve(jar.getFileName()),
                List.of("-XX:AOTCache=" + folder.resolve("app.aot")),
                properties);
    }

    /** The classes the JVM would not put in the cache, counted by its reason. */
    private static void summariseSkipped(Path log) throws Exception {
        Map<String, Integer> reasons = new TreeMap<>();
        for (String line : Files.readAllLines(log)) {
            int at = line.indexOf("Skipping ");
            if (at < 0) {
                continue;
            }
            String rest = line.substring(at + "Skipping ".length());
            int colon = rest.indexOf(':');
            String reason = colon < 0 ? rest : rest.substring(colon + 1).strip();
            reason = reason.replaceAll("[\\w/$.]+\\$\\$[\\w$]+", "<generated>").replaceAll("0x[0-9a-f]+", "<address>");
            reasons.merge(reason.length() > 160 ? reason.substring(0, 160) : reason, 1, Integer::sum);
        }
        StringBuilder out = new StringBuilder("StartupBench: classes skipped in " + log.getFileName() + ": "
                + reasons.values().stream().mapToInt(Integer::intValue).sum() + "\n");
        reasons.entrySet().stream()
                .sorted(Map.Entry.comparingByValue(java.util.Comparator.reverseOrder()))
                .limit(25)
                .forEach(e -> out.append(String.format("%8d  %s%n", e.getValue(), e.getKey())));
        System.out.print(out);
    }

    /**
     * One profiled start from the extracted jar: Spring's startup steps, a JFR recording, the classes loaded and
     * where from, the JVM's class loading and initialisation times (printed at exit).
     */
    private static void profile(Path extracted, List<String> jvmOptions, Map<String, String> properties, Path work)
            throws Exception {
        Path classes = work.resolve("profile-classpath");
        Path target = classes.resolve("kr/seoul/smartcity/bench/live");
        Files.createDirectories(target);
        try (Stream<Path> compiled = Files.list(Path.of("target/test-classes/kr/seoul/smartcity/bench/live"))) {
            for (Path file : compiled.filter(f -> f.getFileName().toString().startsWith("StartupSteps"))
                    .toList()) {
                Files.copy(file, target.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        List<String> jvm = new ArrayList<>(jvmOptions);
        if (jvmOptions.stream().noneMatch(option -> option.startsWith("-XX:AOTCache="))) {
            // not with a cache: JFR adds the module jdk.jfr, and the JVM refuses a cache made without it
            jvm.add("-XX:StartFlightRecording=filename=" + work.resolve("profile.jfr")
                    + ",settings=profile,dumponexit=true");
        }
        jvm.addAll(List.of(
                "-Xlog:class+load=info:file=" + work.resolve("profile-class-load.log"),
                "-Xlog:init=info:file=" + work.resolve("profile-init.log"),
                "-Xlog:startuptime=info:file=" + work.resolve("profile-startuptime.log")));
        // the bench's class after the application's: a cache accepts a class path that only grows at its end
        try (BenchApp app = BenchApp.startMain(
                "profile",
                jvm,
                extracted + ":" + classes,
                "kr.seoul.smartcity.bench.live.StartupSteps",
                properties,
                "1g",
                work)) {
            System.out.printf(
                    "StartupBench: profiled start ready in %.2f s (not timed)%n",
                    app.startup().toMillis() / 1e3);
            perfCounters(app.pid());
        }
        Map<String, Integer> sources = new TreeMap<>();
        for (String line : Files.readAllLines(work.resolve("profile-class-load.log"))) {
            int at = line.indexOf("source: ");
            String source = at < 0 ? "" : line.substring(at + 8);
            String kind = source.startsWith("shared objects file")
                    ? "the CDS or AOT cache"
                    : source.startsWith("jrt:/")
                            ? "the JDK's modules"
                            : source.startsWith("file:") || source.startsWith("jar:") || source.contains(".jar")
                                    ? "jars and folders on the class path"
                                    : "made at run time (lambdas, proxies, CGLIB, method handles)";
            sources.merge(kind, 1, Integer::sum);
        }
        System.out.println("StartupBench: classes loaded by the profiled start, by source: " + sources);
    }

    /**
     * The JVM's own counters at ready: time in class loading, linking, verification and static initialisers, JIT
     * compilation, safepoints (HotSpot's perf data, as {@code jcmd PerfCounter.print} shows them).
     */
    private static void perfCounters(long pid) throws Exception {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        Process process = new ProcessBuilder(jcmd.toString(), Long.toString(pid), "PerfCounter.print")
                .redirectErrorStream(true)
                .start();
        List<String> lines =
                new String(process.getInputStream().readAllBytes()).lines().toList();
        process.waitFor();
        long frequency = 1;
        Map<String, String> counters = new LinkedHashMap<>();
        for (String line : lines) {
            int equals = line.indexOf('=');
            if (equals > 0) {
                counters.put(
                        line.substring(0, equals), line.substring(equals + 1).replace("\"", ""));
            }
        }
        frequency = Long.parseLong(counters.getOrDefault("sun.os.hrt.frequency", "1000000000"));
        StringBuilder out = new StringBuilder("StartupBench: the JVM's counters at ready (s, or a count):\n");
        for (String name : List.of(
                "sun.cls.time",
                "sun.cls.classInitTime.self",
                "sun.cls.classLinkedTime.self",
                "sun.cls.classVerifyTime.self",
                "sun.cls.parseClassTime.self",
                "sun.cls.defineAppClassTime.self",
                "sun.cls.appClassLoadTime",
                "sun.cls.sharedClassLoadTime",
                "sun.urlClassLoader.readClassBytesTime",
                "sun.cls.lookupSysClassTime",
                "java.ci.totalTime",
                "sun.rt.safepointTime",
                "sun.cls.loadedClasses",
                "sun.cls.sharedLoadedClasses",
                "sun.cls.appClassLoadCount",
                "sun.ci.totalCompiles",
                "java.cls.loadedClasses",
                "java.cls.sharedLoadedClasses")) {
            String value = counters.get(name);
            if (value == null) {
                continue;
            }
            boolean ticks = name.endsWith("Time") || name.endsWith("Time.self") || name.equals("sun.cls.time");
            out.append(String.format(
                    "  %-40s %s%n",
                    name, ticks ? String.format("%.2f", Long.parseLong(value) / (double) frequency) : value));
        }
        System.out.print(out);
    }

    private static void run(Path log, String... command) throws Exception {
        Files.createDirectories(log.getParent());
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
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
