package kr.seoul.smartcity.dev;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Elasticsearch from its Maven Central distribution, unpacked once and run as a child process with its data kept
 * in a folder of ours.
 */
final class EmbeddedSearch {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedSearch.class);
    private static final Duration STARTUP_LIMIT = Duration.ofSeconds(120);
    private static final String PID_FILE = "elasticsearch.pid";

    private Process process;
    private final int port;
    private final Path logFile;
    private final ProcessBuilder builder;

    private EmbeddedSearch(Process process, int port, Path logFile, ProcessBuilder builder) {
        this.process = process;
        this.port = port;
        this.logFile = logFile;
        this.builder = builder;
    }

    /** Starts Elasticsearch without waiting for it; see {@link #awaitReady()}. */
    static EmbeddedSearch launch(Path zip, Path dataDir) throws IOException {
        stopStale(dataDir);
        Path home = unpack(zip, dataDir);
        int httpPort = freePort();
        int transportPort = freePort();
        Path logs = Files.createDirectories(dataDir.resolve("elasticsearch-logs"));
        Path console = logs.resolve("console.log");
        List<String> command = new ArrayList<>(List.of(
                home.resolve("bin/elasticsearch").toString(),
                "-Ediscovery.type=single-node",
                "-Expack.security.enabled=false",
                "-Enetwork.host=127.0.0.1",
                "-Ehttp.port=" + httpPort,
                "-Etransport.port=" + transportPort,
                "-Epath.data=" + Files.createDirectories(dataDir.resolve("elasticsearch-data")),
                "-Epath.logs=" + logs,
                "-Ecluster.routing.allocation.disk.threshold_enabled=false",
                "-p",
                dataDir.resolve(PID_FILE).toString()));
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(console.toFile());
        builder.environment().put("ES_JAVA_HOME", System.getProperty("java.home"));
        builder.environment().put("ES_JAVA_OPTS", "-Xms512m -Xmx512m");
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        log.info("Starting Elasticsearch {} on port {}", home.getFileName(), httpPort);
        return new EmbeddedSearch(builder.start(), httpPort, console, builder);
    }

    static void stopStale(Path dataDir) {
        StaleProcess.stop(dataDir.resolve(PID_FILE), "Elasticsearch");
    }

    void awaitReady() {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest health = HttpRequest.newBuilder(
                        URI.create(url() + "/_cluster/health?wait_for_status=yellow&timeout=1s"))
                .timeout(Duration.ofSeconds(3))
                .build();
        long deadline = System.nanoTime() + STARTUP_LIMIT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Elasticsearch exited with code " + process.exitValue()
                        + ". The end of its log (" + logFile + "):\n" + tail(logFile, 40));
            }
            try {
                if (http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for Elasticsearch", e);
            }
            sleep(Duration.ofMillis(250));
        }
        stop();
        throw new IllegalStateException("Elasticsearch was not ready after " + STARTUP_LIMIT.toSeconds()
                + " s. The end of its log (" + logFile + "):\n" + tail(logFile, 40));
    }

    /** Starts the stopped process again with the same ports and data (tests of what happens while it is down). */
    synchronized void restart() throws IOException {
        if (process.isAlive()) {
            return;
        }
        log.info("Starting Elasticsearch again on port {}", port);
        process = builder.redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                .start();
        awaitReady();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    int port() {
        return port;
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }

    void stop() {
        process.toHandle().descendants().forEach(child -> StaleProcess.terminate(child, Duration.ofSeconds(20)));
        StaleProcess.terminate(process.toHandle(), Duration.ofSeconds(20));
    }

    /** Unpacks the distribution next to the data, once; the zip does not keep the exec bits, so they are set. */
    private static Path unpack(Path zip, Path dataDir) throws IOException {
        if (!Files.isRegularFile(zip)) {
            throw new IllegalStateException("No Elasticsearch distribution at " + zip
                    + "; run through Maven ('./mvnw spring-boot:test-run'), which downloads it");
        }
        String name = zip.getFileName().toString().replaceFirst("\\.zip$", "");
        Path home = dataDir.resolve(name);
        Path complete = home.resolve(".unpacked");
        if (Files.exists(complete)) {
            return home;
        }
        Path staging = Files.createTempDirectory(dataDir, "unpacking-");
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                Path target = staging.resolve(entry.getName()).normalize();
                if (!target.startsWith(staging)) {
                    throw new IOException("Unsafe entry in " + zip + ": " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                    continue;
                }
                Files.createDirectories(target.getParent());
                Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                if (entry.getName().contains("/bin/") || entry.getName().contains("/platform/")) {
                    target.toFile().setExecutable(true, false);
                }
            }
        }
        try (var roots = Files.list(staging)) {
            Path root = roots.findFirst().orElseThrow(() -> new IOException("Empty distribution " + zip));
            Files.move(root, home, StandardCopyOption.ATOMIC_MOVE);
        }
        Files.delete(staging);
        Files.createFile(complete);
        return home;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String tail(Path file, int lines) {
        try (InputStream in = Files.newInputStream(file)) {
            List<String> all = new String(in.readAllBytes()).lines().toList();
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for Elasticsearch", e);
        }
    }
}
