package kr.seoul.smartcity.dev;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;

/**
 * One embedded PostgreSQL and one Elasticsearch per JVM, shared by every application context in it, stopped by one
 * shutdown hook (Ctrl-C and SIGTERM included).
 */
final class EmbeddedServices {

    static final String PROPERTY_SOURCE = "embeddedServices";

    private static final Logger log = LoggerFactory.getLogger(EmbeddedServices.class);
    private static EmbeddedServices instance;

    private final EmbeddedDatabase database;
    private final EmbeddedSearch search;

    private EmbeddedServices(EmbeddedDatabase database, EmbeddedSearch search) {
        this.database = database;
        this.search = search;
    }

    /**
     * Where the services keep their files and what to start them from.
     *
     * @param dataDir          kept between runs unless {@code fresh}
     * @param elasticsearchZip the Elasticsearch distribution, from the local Maven repository
     * @param fresh            start from empty data (tests)
     */
    record Settings(Path dataDir, Path elasticsearchZip, boolean fresh) {

        static Settings from(Environment environment) {
            String zip = environment.getProperty("city.dev.elasticsearch-zip");
            if (zip == null || zip.isBlank()) {
                throw new IllegalStateException("city.dev.elasticsearch-zip is not set; start the embedded default "
                        + "with './mvnw spring-boot:test-run' so that Maven passes the Elasticsearch distribution");
            }
            return new Settings(
                    Path.of(environment.getProperty("city.dev.data-dir", ".dev-services"))
                            .toAbsolutePath(),
                    Path.of(zip),
                    environment.getProperty("city.dev.fresh", Boolean.class, false));
        }
    }

    static synchronized EmbeddedServices startOnce(Settings settings) {
        if (instance == null) {
            refuseRoot();
            instance = start(settings);
        }
        return instance;
    }

    private static EmbeddedServices start(Settings settings) {
        try {
            if (settings.fresh()) {
                deleteRecursively(settings.dataDir());
            }
            Files.createDirectories(settings.dataDir());
            long started = System.nanoTime();
            EmbeddedSearch search = EmbeddedSearch.launch(settings.elasticsearchZip(), settings.dataDir());
            EmbeddedDatabase database =
                    EmbeddedDatabase.start(settings.dataDir().resolve("postgres"));
            EmbeddedServices services = new EmbeddedServices(database, search);
            Runtime.getRuntime().addShutdownHook(new Thread(services::stop, "embedded-services-stop"));
            search.awaitReady();
            log.info(
                    "Embedded PostgreSQL on port {} and Elasticsearch on port {} ready in {} ms (data in {})",
                    database.port(),
                    search.port(),
                    (System.nanoTime() - started) / 1_000_000,
                    settings.dataDir());
            return services;
        } catch (IOException e) {
            throw new IllegalStateException("Could not start the embedded services", e);
        }
    }

    private static void refuseRoot() {
        if ("root".equals(System.getProperty("user.name"))
                || new com.sun.security.auth.module.UnixSystem().getUid() == 0) {
            throw new RunningAsRootException();
        }
    }

    /** Stops Elasticsearch, keeping its data and port, for tests of what happens while it is down. */
    static synchronized void stopSearch() {
        instance.search.stop();
    }

    /** Starts Elasticsearch again after {@link #stopSearch()} and waits until it is ready. */
    static synchronized void startSearch() {
        try {
            instance.search.restart();
        } catch (IOException e) {
            throw new IllegalStateException("Could not start Elasticsearch again", e);
        }
    }

    /** Restarts PostgreSQL (same port, same data), for tests of what happens to work in flight. */
    static synchronized void restartDatabase(java.time.Duration down) {
        try {
            instance.database.restart(down);
        } catch (IOException e) {
            throw new IllegalStateException("Could not restart PostgreSQL", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    Map<String, Object> properties() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("spring.r2dbc.url", database.r2dbcUrl());
        properties.put("spring.r2dbc.username", EmbeddedDatabase.USER);
        properties.put("spring.r2dbc.password", "");
        properties.put("spring.flyway.url", database.jdbcUrl());
        properties.put("spring.flyway.user", EmbeddedDatabase.USER);
        properties.put("spring.flyway.password", "");
        properties.put("city.search.url", search.url());
        properties.put("city.platform.mode", "embedded");
        return properties;
    }

    private void stop() {
        search.stop();
        database.stop();
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        EmbeddedDatabase.stopStale(dir.resolve("postgres"));
        EmbeddedSearch.stopStale(dir);
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
