package kr.seoul.smartcity.base;

import java.time.Clock;

import kr.seoul.smartcity.base.domain.Seoul;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

    @Bean
    Clock clock() {
        return Clock.system(Seoul.ZONE);
    }
}
