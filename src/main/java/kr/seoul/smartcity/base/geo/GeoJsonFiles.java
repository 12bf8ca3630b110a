package kr.seoul.smartcity.base.geo;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;

/** Reading boundary files from where the settings say, and the small changes every boundary layer gets. */
final class GeoJsonFiles {

    private static final Duration TIMEOUT = Duration.ofSeconds(20);
    private static final double COORDINATE_SCALE = 1e5;

    private GeoJsonFiles() {}

    /** A file path, a {@code file:} or {@code classpath:} location, or an {@code http(s)://} URL. */
    static String read(String location) throws IOException {
        if (location.startsWith("http://") || location.startsWith("https://")) {
            return download(URI.create(location));
        }
        if (location.startsWith("classpath:")) {
            try (InputStream in = new ClassPathResource(location.substring("classpath:".length())).getInputStream()) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
        Path path = location.startsWith("file:") ? Path.of(URI.create(location)) : Path.of(location);
        return Files.readString(path.toAbsolutePath().normalize());
    }

    private static String download(URI uri) throws IOException {
        try (HttpClient client = HttpClient.newBuilder()
                .connectTimeout(TIMEOUT)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build()) {
            HttpResponse<String> response = client.send(
                    HttpRequest.newBuilder(uri).timeout(TIMEOUT).GET().build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() != 200) {
                throw new IOException("HTTP " + response.statusCode());
            }
            return response.body();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    /** The first of {@code names} that the feature's properties have as text or number. */
    static @Nullable String text(JsonNode properties, String... names) {
        for (String name : names) {
            JsonNode value = properties.get(name);
            if (value != null && (value.isString() || value.isNumber())) {
                return value.asString().strip();
            }
        }
        return null;
    }

    /** Coordinates rounded to about a metre, which keeps what goes to the browser small. */
    static JsonNode rounded(JsonNode coordinates) {
        if (coordinates.isNumber()) {
            return JsonMapper.shared()
                    .getNodeFactory()
                    .numberNode(Math.round(coordinates.doubleValue() * COORDINATE_SCALE) / COORDINATE_SCALE);
        }
        if (coordinates.isArray()) {
            ArrayNode copy = JsonMapper.shared().createArrayNode();
            coordinates.forEach(item -> copy.add(rounded(item)));
            return copy;
        }
        return coordinates;
    }

    static String reason(Exception e) {
        String message =
                e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
        return e.getClass().getSimpleName() + (message.isEmpty() ? "" : ": " + message);
    }
}
