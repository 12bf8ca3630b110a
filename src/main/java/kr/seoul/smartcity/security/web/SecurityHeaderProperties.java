package kr.seoul.smartcity.security.web;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param frameAncestors sites allowed to show the application's pages in a frame, besides the application itself
 *                       (for embedded public widgets), such as {@code https://news.seoul.go.kr}
 * @param connectSources further origins the browser may connect to, such as the OpenVidu deployment
 */
@ConfigurationProperties("city.security.headers")
public record SecurityHeaderProperties(
        @DefaultValue List<String> frameAncestors,
        @DefaultValue List<String> connectSources) {}
