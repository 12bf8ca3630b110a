package kr.seoul.smartcity.call.service;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Chooses the media server: OpenVidu when {@code city.calls.openvidu.url} is set, the built-in mode otherwise. */
@Configuration(proxyBeanMethods = false)
class CallConfiguration {

    private static final Logger log = LoggerFactory.getLogger(CallConfiguration.class);

    @Bean
    MediaServer mediaServer(CallProperties properties) {
        if (properties.openvidu().configured()) {
            String secret = properties.openvidu().secret();
            if (secret == null || secret.isBlank()) {
                throw new IllegalStateException("city.calls.openvidu.url is set but city.calls.openvidu.secret is not");
            }
            log.info("Calls go through OpenVidu at {}", properties.openvidu().url());
            return new OpenViduMediaServer(properties.openvidu().url(), secret);
        }
        log.info("Calls are built in: browsers connect directly (no city.calls.openvidu.url)");
        return new BuiltInMediaServer();
    }
}
