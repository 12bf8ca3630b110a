package kr.seoul.smartcity.call.service;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Calls: an OpenVidu 2 deployment when {@code openvidu.url} is set, the built-in browser-to-browser mode otherwise.
 *
 * @param ringTimeout how long a call rings before it counts as missed
 * @param tokenTtl    how long a connection token may wait to be used
 */
@ConfigurationProperties("city.calls")
public record CallProperties(
        @DefaultValue OpenVidu openvidu,
        @DefaultValue("30s") Duration ringTimeout,
        @DefaultValue("2m") Duration tokenTtl) {

    /**
     * @param url    the OpenVidu deployment, for example {@code https://openvidu.example.go.kr}; unset for built-in calls
     * @param secret its secret (Basic auth as {@code OPENVIDUAPP})
     */
    public record OpenVidu(@Nullable String url, @Nullable String secret) {

        public boolean configured() {
            return url != null && !url.isBlank();
        }
    }
}
