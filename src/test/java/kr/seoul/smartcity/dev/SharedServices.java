package kr.seoul.smartcity.dev;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The embedded PostgreSQL and Elasticsearch started by one process for several application instances it launches
 * (the benchmarks of more than one instance): each instance gets the returned properties and
 * {@code city.dev.shared-services=true}, so that none starts services of its own.
 */
public final class SharedServices {

    private SharedServices() {}

    /** Starts the services once in this JVM (or finds them started) and returns the properties that reach them. */
    public static Map<String, String> start(Path dataDir, Path elasticsearchZip, boolean fresh) {
        EmbeddedServices services = EmbeddedServices.startOnce(
                new EmbeddedServices.Settings(dataDir.toAbsolutePath(), elasticsearchZip, fresh));
        Map<String, String> properties = new LinkedHashMap<>();
        services.properties().forEach((key, value) -> properties.put(key, String.valueOf(value)));
        properties.put("city.dev.shared-services", "true");
        return properties;
    }
}
