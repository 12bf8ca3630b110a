package kr.seoul.smartcity.base.api;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import kr.seoul.smartcity.dev.CityIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI document as a developer of another city system reads it: every endpoint the controllers map under
 * {@code /api/public/} and {@code /api/admin/} is in it (found from Spring MVC's own mappings, so a new controller
 * cannot be forgotten), Swagger UI opens without signing in, and the README's API section names every public path.
 */
@CityIntegrationTest
class OpenApiIT {

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private final JsonMapper json = JsonMapper.builder().build();
    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();

    @Test
    void theDocumentListsEveryEndpointOfThePublicAndAdministrationApis() throws Exception {
        HttpResponse<String> response = get("/v3/api-docs");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode doc = json.readTree(response.body());
        JsonNode paths = doc.path("paths");

        List<String> mapped = mappedOperations("/api/public/", "/api/admin/");
        assertThat(mapped)
                .as("the controllers map public and admin endpoints")
                .anyMatch(op -> op.startsWith("GET /api/public/indicators"))
                .anyMatch(op -> op.startsWith("POST /api/admin/catalog/indicators"));
        assertThat(documentedOperations(paths)).containsExactlyInAnyOrderElementsOf(mapped);

        // the administration API says it needs HTTP Basic; the open data API needs nothing
        assertThat(doc.path("components")
                        .path("securitySchemes")
                        .path("basic")
                        .path("scheme")
                        .asString())
                .isEqualTo("basic");
        paths.properties()
                .forEach(path -> path.getValue().properties().forEach(operation -> {
                    boolean basic =
                            operation.getValue().path("security").toString().contains("basic");
                    assertThat(basic)
                            .as(operation.getKey() + " " + path.getKey())
                            .isEqualTo(path.getKey().startsWith("/api/admin/"));
                }));
    }

    @Test
    void eachGroupHasItsOwnDocument() throws Exception {
        JsonNode publicDoc = json.readTree(get("/v3/api-docs/public").body());
        JsonNode adminDoc = json.readTree(get("/v3/api-docs/admin").body());

        assertThat(documentedOperations(publicDoc.path("paths")))
                .containsExactlyInAnyOrderElementsOf(mappedOperations("/api/public/"));
        assertThat(documentedOperations(adminDoc.path("paths")))
                .containsExactlyInAnyOrderElementsOf(mappedOperations("/api/admin/"));

        // the open data document asks for no credentials and describes only what its operations return
        assertThat(publicDoc.path("components").path("securitySchemes").isMissingNode())
                .isTrue();
        Set<String> publicSchemas =
                new TreeSet<>(publicDoc.path("components").path("schemas").propertyNames());
        Set<String> adminSchemas =
                new TreeSet<>(adminDoc.path("components").path("schemas").propertyNames());
        assertThat(publicSchemas).as("schemas of the open data API").isNotEmpty();
        assertThat(adminSchemas).as("schemas of the administration API").isNotEmpty();
        for (String name : publicSchemas) {
            assertThat(publicDoc.path("paths").toString()
                            + publicDoc.path("components").path("schemas").toString())
                    .as("schema " + name + " is referenced in the open data document")
                    .contains("#/components/schemas/" + name + "\"");
        }
        assertThat(adminSchemas)
                .as("the administration API's own schemas are not in the open data document")
                .anyMatch(name -> !publicSchemas.contains(name));
    }

    @Test
    void swaggerUiOpensWithoutSigningInAndTheAdministrationApiStillAsksForIt() throws Exception {
        HttpResponse<String> page = get("/api/docs");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("swagger-ui").doesNotContain("vaadin");
        // its scripts are files of its own origin, which the Content-Security-Policy allows
        assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("script-src 'self'");
        URI base = page.uri();
        HttpResponse<String> initializer = http.send(
                HttpRequest.newBuilder(base.resolve("swagger-initializer.js")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(initializer.statusCode()).isEqualTo(200);
        HttpResponse<String> config = get("/v3/api-docs/swagger-config");
        assertThat(config.statusCode()).isEqualTo(200);
        assertThat(json.readTree(config.body())
                        .path("urls")
                        .valueStream()
                        .map(u -> u.path("url").asString()))
                .contains("/v3/api-docs/public", "/v3/api-docs/admin");

        assertThat(get("/api/admin/catalog/indicators").statusCode()).isEqualTo(401);
    }

    @Test
    void theReadmeNamesEveryPublicPathOfTheDocument() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        int start = readme.indexOf("\n## Open data API");
        assertThat(start).as("README has its API section").isPositive();
        int end = readme.indexOf("\n## ", start + 1);
        String section = readme.substring(start, end < 0 ? readme.length() : end);

        JsonNode paths = json.readTree(get("/v3/api-docs/public").body()).path("paths");
        List<String> missing = new ArrayList<>();
        paths.propertyNames().forEach(path -> {
            // the path as written, not only as the start of a longer one (`/series` is not `/series.csv`)
            if (!Pattern.compile(Pattern.quote(path) + "(?![\\w./{}-])")
                    .matcher(section)
                    .find()) {
                missing.add(path);
            }
        });
        assertThat(missing)
                .as("public paths the README's section \"Open data API\" does not name")
                .isEmpty();
    }

    /** "GET /api/public/indicators" for every method and pattern the controllers map under the prefixes. */
    private List<String> mappedOperations(String... prefixes) {
        Set<String> operations = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            for (String pattern : info.getPatternValues()) {
                if (!startsWithAny(pattern, prefixes)) {
                    continue;
                }
                Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
                assertThat(methods).as(pattern + " names its HTTP method").isNotEmpty();
                methods.forEach(method -> operations.add(method.name() + " " + pattern));
            }
        }
        return List.copyOf(operations);
    }

    private static List<String> documentedOperations(JsonNode paths) {
        Set<String> operations = new TreeSet<>();
        paths.properties()
                .forEach(path -> path.getValue().propertyNames().forEach(method -> {
                    if (Set.of("get", "put", "post", "delete", "patch", "head", "options")
                            .contains(method)) {
                        operations.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey());
                    }
                }));
        return List.copyOf(operations);
    }

    private static boolean startsWithAny(String pattern, String... prefixes) {
        for (String prefix : prefixes) {
            if (pattern.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
