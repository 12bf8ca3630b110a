package kr.seoul.smartcity.dev;

import java.io.IOException;
import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/** A real PostgreSQL (zonky's binaries), its data kept in a folder of ours. */
final class EmbeddedDatabase {

    static final String USER = "postgres";
    private static final String DATABASE = "postgres";

    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    static EmbeddedDatabase start(Path dataDir) throws IOException {
        stopStale(dataDir);
        return new EmbeddedDatabase(EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .setRegisterShutdownHook(false)
                .setServerConfig("timezone", "Asia/Seoul")
                .setServerConfig("max_connections", "100")
                .start());
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
