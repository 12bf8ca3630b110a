package kr.seoul.smartcity.base.search;

import java.net.URI;
import java.nio.file.Path;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where Elasticsearch is, and how the application proves who it is to a cluster with security on.
 *
 * @param url           base URL of the cluster, for example {@code https://search:9200}
 * @param username      a user of the cluster (basic authentication), with {@code password}
 * @param password      that user's password
 * @param apiKey        an API key instead of a user: the encoded key Elasticsearch returns (sent as
 *                      {@code Authorization: ApiKey ...})
 * @param caCertificate a PEM file with the certificate authority that signed the cluster's HTTPS certificate (such
 *                      as Elasticsearch's {@code http_ca.crt}); unset: the JVM's trusted authorities
 */
@ConfigurationProperties("city.search")
public record SearchProperties(
        @DefaultValue("http://localhost:9200") URI url,
        @Nullable String username,
        @Nullable String password,
        @Nullable String apiKey,
        @Nullable Path caCertificate) {

    public SearchProperties {
        if (apiKey != null && !apiKey.isBlank() && username != null && !username.isBlank()) {
            throw new IllegalArgumentException("Give Elasticsearch either city.search.api-key or city.search.username"
                    + " and city.search.password, not both");
        }
        if (username != null && !username.isBlank() && (password == null || password.isEmpty())) {
            throw new IllegalArgumentException("city.search.username needs city.search.password");
        }
    }
}
