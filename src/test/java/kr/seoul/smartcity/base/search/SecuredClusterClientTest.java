package kr.seoul.smartcity.base.search;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.HealthStatus;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import org.elasticsearch.client.RestClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The client against a cluster with security on: HTTPS with the cluster's own certificate authority, and a user or
 * an API key. The cluster is a local HTTPS server answering {@code GET /_cluster/health} as Elasticsearch does
 * (the embedded Elasticsearch of the tests is the minimal distribution, without the security module); its
 * certificate is made for the test by the JDK's keytool.
 */
class SecuredClusterClientTest {

    @TempDir
    static Path folder;

    private static HttpsServer cluster;
    private static Path caPem;
    private static final List<String> authorizations = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void startCluster() throws Exception {
        Path keystore = folder.resolve("cluster.p12");
        keytool(
                "-genkeypair",
                "-alias",
                "cluster",
                "-keyalg",
                "RSA",
                "-keysize",
                "2048",
                "-validity",
                "2",
                "-dname",
                "CN=localhost",
                "-ext",
                "SAN=dns:localhost,ip:127.0.0.1",
                "-storetype",
                "PKCS12",
                "-keystore",
                keystore.toString(),
                "-storepass",
                "changeit",
                "-keypass",
                "changeit");
        caPem = folder.resolve("http_ca.crt");
        keytool(
                "-exportcert",
                "-rfc",
                "-alias",
                "cluster",
                "-keystore",
                keystore.toString(),
                "-storepass",
                "changeit",
                "-file",
                caPem.toString());

        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = new FileInputStream(keystore.toFile())) {
            keys.load(in, "changeit".toCharArray());
        }
        KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keyManagers.init(keys, "changeit".toCharArray());
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(keyManagers.getKeyManagers(), null, null);

        cluster = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        cluster.setHttpsConfigurator(new HttpsConfigurator(tls));
        cluster.createContext("/_cluster/health", exchange -> {
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            authorizations.add(authorization == null ? "" : authorization);
            boolean known = "Basic ZWxhc3RpYzpzM2NyZXQ=".equals(authorization) // elastic:s3cret
                    || "ApiKey a2V5OnNlY3JldA==".equals(authorization);
            byte[] body = (known
                            ? "{\"cluster_name\":\"city\",\"status\":\"green\",\"timed_out\":false,\"number_of_nodes\":1,"
                                    + "\"number_of_data_nodes\":1,\"active_primary_shards\":1,\"active_shards\":1,"
                                    + "\"relocating_shards\":0,\"initializing_shards\":0,\"unassigned_shards\":0,\"unassigned_primary_shards\":0,"
                                    + "\"delayed_unassigned_shards\":0,\"number_of_pending_tasks\":0,\"number_of_in_flight_fetch\":0,"
                                    + "\"task_max_waiting_in_queue_millis\":0,\"active_shards_percent_as_number\":100.0}"
                            : "{\"error\":{\"type\":\"security_exception\",\"reason\":\"missing authentication credentials\"},"
                                    + "\"status\":401}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.getResponseHeaders().add("X-elastic-product", "Elasticsearch");
            if (!known) {
                exchange.getResponseHeaders().add("WWW-Authenticate", "Basic realm=\"security\", charset=\"UTF-8\"");
            }
            exchange.sendResponseHeaders(known ? 200 : 401, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        cluster.start();
    }

    @AfterAll
    static void stopCluster() {
        cluster.stop(0);
    }

    private static void keytool(String... arguments) throws Exception {
        List<String> command = new java.util.ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
    }

    private static URI url() {
        return URI.create("https://localhost:" + cluster.getAddress().getPort());
    }

    private static HealthStatus health(SearchProperties properties) throws IOException {
        try (RestClient rest = new ElasticsearchConfiguration().elasticsearchRestClient(properties)) {
            ElasticsearchClient client = new ElasticsearchConfiguration().elasticsearchClient(rest);
            return client.cluster().health().status();
        }
    }

    @Test
    void aUserAndPasswordOverHttpsWithTheClustersOwnAuthority() throws IOException {
        assertThat(health(new SearchProperties(url(), "elastic", "s3cret", null, caPem)))
                .isEqualTo(HealthStatus.Green);
    }

    @Test
    void anApiKeyIsSentAsElasticsearchExpectsIt() throws IOException {
        assertThat(health(new SearchProperties(url(), null, null, "a2V5OnNlY3JldA==", caPem)))
                .isEqualTo(HealthStatus.Green);
        assertThat(authorizations).contains("ApiKey a2V5OnNlY3JldA==");
    }

    @Test
    void withoutTheAuthorityTheClusterIsNotTrustedAndWithoutCredentialsItRefuses() {
        assertThatThrownBy(() -> health(new SearchProperties(url(), "elastic", "s3cret", null, null)))
                .hasStackTraceContaining("PKIX");
        assertThatThrownBy(() -> health(new SearchProperties(url(), null, null, null, caPem)))
                .hasMessageContaining("security_exception");
    }

    @Test
    void settingsThatCannotWorkAreRefusedAtStartWithTheReason() throws IOException {
        assertThatThrownBy(() -> new SearchProperties(url(), "elastic", "s3cret", "key", caPem))
                .hasMessageContaining("either");
        assertThatThrownBy(() -> new SearchProperties(url(), "elastic", null, null, caPem))
                .hasMessageContaining("password");
        Path notPem = Files.writeString(folder.resolve("not.pem"), "hello");
        assertThatThrownBy(() -> new ElasticsearchConfiguration()
                        .elasticsearchRestClient(new SearchProperties(url(), null, null, null, notPem)))
                .hasMessageContaining("ca-certificate");
    }
}
