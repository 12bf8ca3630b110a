package kr.seoul.smartcity.dev;

import java.time.Duration;

/**
 * Restarts the embedded PostgreSQL (same port, same data) so that integration tests can check what happens to work
 * in flight. Everything else in the JVM shares it; it is running again when this returns.
 */
public final class DatabaseOutage {

    private DatabaseOutage() {}

    public static void restart(Duration down) {
        EmbeddedServices.restartDatabase(down);
    }
}
