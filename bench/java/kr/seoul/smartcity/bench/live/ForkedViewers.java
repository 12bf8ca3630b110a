package kr.seoul.smartcity.bench.live;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.LongStream;

/**
 * Viewers held by several load-client JVMs ({@link ClientProcess}), client k opening its UIs through entry k. A
 * process may open at most 20,000 file descriptors on this machine (the hard limit, which not even root can raise)
 * and each UI holds a websocket, so 20,000 UIs fit in no single client. Every command goes to all clients before any
 * reply is read, so that they open, and wait for an update, at the same time.
 */
final class ForkedViewers implements Viewers {

    private final List<ClientProcess> clients;
    private int navigationChars;

    private ForkedViewers(List<ClientProcess> clients) {
        this.clients = clients;
    }

    /**
     * Starts one client per entry; together they open {@code parallelOpens} UIs at a time.
     *
     * @param heap each client JVM's maximum heap
     */
    static ForkedViewers start(List<URI> entries, VisitorMix visitors, int parallelOpens, String heap, Path logDir)
            throws Exception {
        int perClient = Math.max(2, Math.ceilDiv(parallelOpens, entries.size()));
        List<ClientProcess> clients = new ArrayList<>();
        try {
            for (int k = 0; k < entries.size(); k++) {
                clients.add(ClientProcess.start(
                        "client-" + (k + 1), entries.get(k), k, entries.size(), perClient, visitors, heap, logDir));
            }
        } catch (Exception e) {
            new ForkedViewers(clients).close();
            throw e;
        }
        return new ForkedViewers(clients);
    }

    /** How many of {@code total} UIs client {@code k} of {@code count} holds: those whose index is k modulo count. */
    static int share(int total, int k, int count) {
        return k >= total ? 0 : Math.ceilDiv(total - k, count);
    }

    @Override
    public void openUntil(int total) throws Exception {
        for (int k = 0; k < clients.size(); k++) {
            clients.get(k).send("open " + share(total, k, clients.size()));
        }
        for (ClientProcess client : clients) {
            navigationChars = Integer.parseInt(client.reply("opened").split(" ")[1]);
        }
    }

    @Override
    public int navigationChars() {
        return navigationChars;
    }

    @Override
    public void expect(String marker) throws Exception {
        for (ClientProcess client : clients) {
            client.send("expect " + marker);
        }
        for (ClientProcess client : clients) {
            client.reply("expecting");
        }
    }

    @Override
    public long[] arrivals(Duration timeout) throws Exception {
        for (ClientProcess client : clients) {
            client.send("arrivals " + timeout.toMillis());
        }
        List<long[]> each = new ArrayList<>();
        for (ClientProcess client : clients) {
            String moments = client.reply("arrivals");
            each.add(
                    moments.isEmpty()
                            ? new long[0]
                            : Arrays.stream(moments.split(" "))
                                    .mapToLong(Long::parseLong)
                                    .toArray());
        }
        return each.stream().flatMapToLong(LongStream::of).toArray();
    }

    @Override
    public void close() throws Exception {
        clients.forEach(ClientProcess::closeSoon);
        Started<ClientProcess> all = new Started<>();
        clients.forEach(all::add);
        all.close();
    }
}
