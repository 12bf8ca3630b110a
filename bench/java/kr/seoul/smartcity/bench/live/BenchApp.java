package kr.seoul.smartcity.bench.live;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.management.MBeanServerConnection;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

import com.sun.management.OperatingSystemMXBean;

/**
 * One application instance in a JVM of its own, started from the test classpath as the embedded default
 * ({@code TestApplication}, production-mode frontend bundle), so that its heap and CPU are its own. The benchmark
 * reads heap and CPU through JMX and the server's count of sessions and UIs from its metrics (management port).
 */
final class BenchApp implements AutoCloseable {

    private static final Duration READY_WITHIN = Duration.ofMinutes(4);

    private final String name;
    private final Process process;
    private final int port;
    private final int managementPort;
    private final JMXConnector connector;
    private final MBeanServerConnection jmx;
    private final MemoryMXBean memory;
    private final OperatingSystemMXBean os;
    private final Duration startup;

    private BenchApp(
            String name, Process process, int port, int managementPort, JMXConnector connector, Duration startup)
            throws IOException {
        this.name = name;
        this.process = process;
        this.port = port;
        this.managementPort = managementPort;
        this.connector = connector;
        this.jmx = connector.getMBeanServerConnection();
        this.memory =
                ManagementFactory.newPlatformMXBeanProxy(jmx, ManagementFactory.MEMORY_MXBEAN_NAME, MemoryMXBean.class);
        this.os = ManagementFactory.newPlatformMXBeanProxy(
                jmx, ManagementFactory.OPERATING_SYSTEM_MXBEAN_NAME, OperatingSystemMXBean.class);
        this.startup = startup;
    }

    /**
     * Starts the embedded default ({@code TestApplication} from the test classpath) and waits until it reports ready.
     *
     * @param properties Spring properties, passed as {@code --key=value}
     * @param heap       the JVM's maximum heap, such as {@code 2g}
     */
    static BenchApp start(String name, Map<String, String> properties, String heap, Path logDir) throws Exception {
        return start(name, testClassPath(), properties, heap, logDir);
    }

    /** As {@link #start(String, Map, String, Path)} from another class path, such as one with an earlier build. */
    static BenchApp start(String name, String classPath, Map<String, String> properties, String heap, Path logDir)
            throws Exception {
        return launch(
                name,
                List.of(),
                List.of(
                        "-cp",
                        classPath,
                        "kr.seoul.smartcity.dev.TestApplication",
                        // the bundle of target/classes that build-frontend made, as in the production jar
                        "--vaadin.productionMode=true"),
                properties,
                heap,
                logDir);
    }

    /** The class path of the tests: target/classes, target/test-classes and the dependencies. */
    static String testClassPath() {
        return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    }

    /** Starts the production jar with extra JVM options and waits until it reports ready. */
    static BenchApp startJar(
            String name, Path jar, List<String> jvmOptions, Map<String, String> properties, String heap, Path logDir)
            throws Exception {
        return launch(name, jvmOptions, List.of("-jar", jar.toString()), properties, heap, logDir);
    }

    /** Starts a main class from a class path of its own (such as an extracted jar) and waits until it is ready. */
    static BenchApp startMain(
            String name,
            List<String> jvmOptions,
            String classPath,
            String mainClass,
            Map<String, String> properties,
            String heap,
            Path logDir)
            throws Exception {
        return launch(name, jvmOptions, List.of("-cp", classPath, mainClass), properties, heap, logDir);
    }

    private static BenchApp launch(
            String name,
            List<String> jvmOptions,
            List<String> main,
            Map<String, String> properties,
            String heap,
            Path logDir)
            throws Exception {
        int port = freePort();
        int managementPort = freePort();
        int jmxPort = freePort();
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"),
                "-Xmx" + heap,
                "-Xms" + heap,
                "-Dcom.sun.management.jmxremote.port=" + jmxPort,
                "-Dcom.sun.management.jmxremote.rmi.port=" + jmxPort,
                "-Dcom.sun.management.jmxremote.authenticate=false",
                "-Dcom.sun.management.jmxremote.ssl=false",
                "-Dcom.sun.management.jmxremote.local.only=true",
                "-Djava.rmi.server.hostname=127.0.0.1"));
        command.addAll(jvmOptions);
        // for diagnosis, such as -XX:StartFlightRecording=filename=target/bench-live/node.jfr,settings=profile
        String extra = System.getProperty("bench.server-jvm-options", "").strip();
        if (!extra.isEmpty()) {
            command.addAll(List.of(extra.split("\\s+")));
        }
        command.addAll(main);
        command.add("--server.port=" + port);
        command.add("--management.server.port=" + managementPort);
        command.add("--spring.main.banner-mode=off");
        properties.forEach((key, value) -> command.add("--" + key + "=" + value));
        Files.createDirectories(logDir);
        Path log = logDir.resolve(name + ".log");
        long launched = System.nanoTime();
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        try {
            awaitReady(process, port, log);
            Duration startup = Duration.ofNanos(System.nanoTime() - launched);
            JMXConnector connector = JMXConnectorFactory.connect(
                    new JMXServiceURL("service:jmx:rmi:///jndi/rmi://127.0.0.1:" + jmxPort + "/jmxrmi"));
            return new BenchApp(name, process, port, managementPort, connector, startup);
        } catch (Exception e) {
            process.destroyForcibly();
            throw e;
        }
    }

    /** Polls the readiness probe until it answers 200, the process dies or time runs out. */
    static void awaitReady(Process process, int port, Path log) throws Exception {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest probe = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/readyz"))
                .timeout(Duration.ofSeconds(5))
                .build();
        long deadline = System.nanoTime() + READY_WITHIN.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(
                        "The application stopped during start (exit " + process.exitValue() + "); see " + log);
            }
            try {
                if (http.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("Not ready within " + READY_WITHIN + "; see " + log);
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    String name() {
        return name;
    }

    int port() {
        return port;
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + port + "/");
    }

    Duration startup() {
        return startup;
    }

    long pid() {
        return process.pid();
    }

    /** Heap in use after two full collections. */
    long heapAfterGc() {
        memory.gc();
        memory.gc();
        return memory.getHeapMemoryUsage().getUsed();
    }

    /** CPU time the server process has used so far, all threads. */
    long cpuNanos() {
        return os.getProcessCpuTime();
    }

    /** The server's own count of open UIs (the gauge {@code city.ui.open} on its management port). */
    int uis() throws Exception {
        return gauge("city_ui_open");
    }

    int sessions() throws Exception {
        return gauge("city_ui_sessions");
    }

    private int gauge(String metric) throws Exception {
        HttpResponse<String> scrape = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(
                                        URI.create("http://127.0.0.1:" + managementPort + "/actuator/prometheus"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        return scrape.body()
                .lines()
                .filter(line -> line.startsWith(metric + "{") || line.startsWith(metric + " "))
                .map(line -> (int) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(metric + " not in the server's metrics"));
    }

    /** The classes taking most of the heap ({@code jcmd GC.class_histogram}), written to a file for diagnosis. */
    void histogram(Path file, int lines) throws Exception {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        Process histogram = new ProcessBuilder(jcmd.toString(), Long.toString(process.pid()), "GC.class_histogram")
                .redirectErrorStream(true)
                .start();
        List<String> output = new String(histogram.getInputStream().readAllBytes())
                .lines()
                .limit(lines + 3L)
                .toList();
        histogram.waitFor();
        Files.createDirectories(file.getParent());
        Files.write(file, output);
    }

    @Override
    public void close() throws Exception {
        try {
            connector.close();
        } catch (IOException ignored) {
            // the process is going anyway
        }
        process.destroy();
        if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
