package kr.seoul.smartcity.base.search;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.Collection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.Jackson3JsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import org.apache.http.Header;
import org.apache.http.HttpHeaders;
import org.apache.http.HttpHost;
import org.apache.http.auth.AuthScope;
import org.apache.http.auth.UsernamePasswordCredentials;
import org.apache.http.impl.client.BasicCredentialsProvider;
import org.apache.http.message.BasicHeader;
import org.elasticsearch.client.RestClient;
import org.elasticsearch.client.RestClientBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The Elasticsearch client. Elasticsearch is an index that can be rebuilt from PostgreSQL at any time; features own
 * their indices and use this client through their services. With a cluster's security on, the client signs in with
 * a user or an API key and trusts the cluster's own certificate authority ({@link SearchProperties}).
 */
@Configuration(proxyBeanMethods = false)
class ElasticsearchConfiguration {

    @Bean(destroyMethod = "close")
    RestClient elasticsearchRestClient(SearchProperties properties) {
        RestClientBuilder builder =
                RestClient.builder(HttpHost.create(properties.url().toString()));
        if (present(properties.apiKey())) {
            builder.setDefaultHeaders(new Header[] {
                new BasicHeader(
                        HttpHeaders.AUTHORIZATION,
                        "ApiKey " + properties.apiKey().strip())
            });
        }
        SSLContext ssl = properties.caCertificate() == null ? null : trusting(properties);
        builder.setHttpClientConfigCallback(client -> {
            if (present(properties.username())) {
                BasicCredentialsProvider credentials = new BasicCredentialsProvider();
                credentials.setCredentials(
                        AuthScope.ANY, new UsernamePasswordCredentials(properties.username(), properties.password()));
                client.setDefaultCredentialsProvider(credentials);
            }
            if (ssl != null) {
                client.setSSLContext(ssl);
            }
            return client;
        });
        return builder.build();
    }

    @Bean
    ElasticsearchClient elasticsearchClient(RestClient restClient) {
        return new ElasticsearchClient(new RestClientTransport(restClient, new Jackson3JsonpMapper()));
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    /** TLS that trusts the certificates of the given PEM file (and only those). */
    private static SSLContext trusting(SearchProperties properties) {
        try (InputStream pem = Files.newInputStream(properties.caCertificate())) {
            Collection<? extends Certificate> authorities =
                    CertificateFactory.getInstance("X.509").generateCertificates(pem);
            if (authorities.isEmpty()) {
                throw new IllegalStateException(
                        "city.search.ca-certificate " + properties.caCertificate() + " holds no certificate");
            }
            KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
            trusted.load(null, null);
            int index = 0;
            for (Certificate authority : authorities) {
                trusted.setCertificateEntry("ca-" + index++, authority);
            }
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(trusted);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return context;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException(
                    "city.search.ca-certificate " + properties.caCertificate() + " cannot be used: " + e.getMessage(),
                    e);
        }
    }
}
