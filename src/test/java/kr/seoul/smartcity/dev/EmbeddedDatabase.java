package kr.seoul.smartcity.dev;

import java.io.IOException;
import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/** A real PostgreSQL (zonky's binaries), its data kept in a folder of ours. */
final class EmbeddedDatabase {

    static final String USER = "postgres";
    private static final String DATABASE = "postgres";

    private final Path dataDir;
    private volatile EmbeddedPostgres postgres;

    private EmbeddedDatabase(Path dataDir, EmbeddedPostgres postgres) {
        this.dataDir = dataDir;
        this.postgres = postgres;
    }

    static EmbeddedDatabase start(Path dataDir) throws IOException {
        stopStale(dataDir);
        return new EmbeddedDatabase(dataDir, builder(dataDir).start());
    }

    private static EmbeddedPostgres.Builder builder(Path dataDir) {
        return EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .setRegisterShutdownHook(false)
                .setServerConfig("timezone", "Asia/Seoul")
                .setServerConfig("max_connections", "100");
    }

    /**
     * Stops PostgreSQL as an operator's restart does (open connections are cut, transactions in flight roll back),
     * waits, and starts it again on the same port with the same data.
     */
    void restart(java.time.Duration down) throws IOException, InterruptedException {
        int port = port();
        postgres.close();
        Thread.sleep(down.toMillis());
        postgres = builder(dataDir).setPort(port).start();
    }

    static void stopStale(Path dataDir) {
        StaleProcess.stop(dataDir.resolve("postmaster.pid"), "PostgreSQL");
    }

    int port() {
        return postgres.getPort();
    }

    String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port() + "/" + DATABASE;
    }

    String r2dbcUrl() {
        return "r2dbc:postgresql://localhost:" + port() + "/" + DATABASE;
    }

    void stop() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new IllegalStateException("Could not stop PostgreSQL", e);
        }
    }
}
