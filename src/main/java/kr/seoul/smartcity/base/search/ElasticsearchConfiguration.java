package kr.seoul.smartcity.base.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.Jackson3JsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import org.apache.http.HttpHost;
import org.elasticsearch.client.RestClient;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The Elasticsearch client. Elasticsearch is an index that can be rebuilt from PostgreSQL at any time; features own
 * their indices and use this client through their services.
 */
@Configuration(proxyBeanMethods = false)
class ElasticsearchConfiguration {

    @Bean(destroyMethod = "close")
    RestClient elasticsearchRestClient(SearchProperties properties) {
        return RestClient.builder(HttpHost.create(properties.url().toString())).build();
    }

    @Bean
    ElasticsearchClient elasticsearchClient(RestClient restClient) {
        return new ElasticsearchClient(new RestClientTransport(restClient, new Jackson3JsonpMapper()));
    }
}
