package kr.seoul.smartcity.base.search;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where Elasticsearch is.
 *
 * @param url base URL of the cluster, for example {@code http://localhost:9200}
 */
@ConfigurationProperties("city.search")
public record SearchProperties(@DefaultValue("http://localhost:9200") URI url) {
}
