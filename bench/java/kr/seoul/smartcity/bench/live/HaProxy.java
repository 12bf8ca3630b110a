package kr.seoul.smartcity.bench.live;

import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A sticky-session proxy in front of several instances: Debian's HAProxy ({@code apt-get install haproxy}),
 * started by the benchmark with a configuration of its own. A new visitor goes to the next instance in turn and
 * HAProxy's cookie keeps them there, as a load balancer in front of the city's app nodes would. Several proxies with
 * the same configuration may stand in front of the same instances (as behind DNS round robin or an L4 balancer): a
 * visitor's cookie names an instance, not a proxy.
 */
final class HaProxy implements AutoCloseable {

    private final Process process;
    private final int port;

    private HaProxy(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Starts a proxy in front of {@code nodes}; its configuration and log are {@code <name>.cfg} and {@code <name>.log}. */
    static HaProxy start(String name, List<BenchApp> nodes, Path workDir) throws Exception {
        Path binary = Path.of("/usr/sbin/haproxy");
        if (!Files.isExecutable(binary)) {
            throw new IllegalStateException("HAProxy is not installed: apt-get install haproxy (Debian's package)");
        }
        int port = BenchApp.freePort();
        // each proxied connection takes two descriptors: 9,000 stays within the 20,000 a process may open here
        StringBuilder config = new StringBuilder("""
                global
                    maxconn 9000
                defaults
                    mode http
                    timeout connect 5s
                    timeout client 10m
                    timeout server 10m
                    timeout tunnel 1h
                frontend city
                    bind 127.0.0.1:%d
                    maxconn 9000
                    default_backend nodes
                backend nodes
                    balance roundrobin
                    cookie CITYNODE insert indirect nocache
                """.formatted(port));
        for (BenchApp node : nodes) {
            config.append("    server ")
                    .append(node.name())
                    .append(" 127.0.0.1:")
                    .append(node.port())
                    .append(" cookie ")
                    .append(node.name())
                    .append("\n");
        }
        Files.createDirectories(workDir);
        Path file = workDir.resolve(name + ".cfg");
        Path log = workDir.resolve(name + ".log");
        Files.writeString(file, config);
        Process process = new ProcessBuilder(binary.toString(), "-db", "-f", file.toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("HAProxy stopped at start; see " + log);
            }
            try (Socket probe = new Socket("127.0.0.1", port)) {
                return new HaProxy(process, port);
            } catch (java.io.IOException notYet) {
                Thread.sleep(50);
            }
        }
        process.destroyForcibly();
        throw new IllegalStateException("HAProxy did not listen on " + port);
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + port + "/");
    }

    @Override
    public void close() throws Exception {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
