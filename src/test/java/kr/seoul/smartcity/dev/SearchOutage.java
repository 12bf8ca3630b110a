package kr.seoul.smartcity.dev;

/**
 * Stops and starts the embedded Elasticsearch (same port, same data) so that integration tests can check what
 * happens while it is down. Everything else in the JVM shares it: start it again in a {@code finally}.
 */
public final class SearchOutage {

    private SearchOutage() {}

    public static void stop() {
        EmbeddedServices.stopSearch();
    }

    public static void start() {
        EmbeddedServices.startSearch();
    }
}
