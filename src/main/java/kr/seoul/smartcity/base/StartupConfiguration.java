package kr.seoul.smartcity.base;

import org.springframework.boot.LazyInitializationExcludeFilter;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What must happen at start-up even with {@code spring.main.lazy-initialization=true} (off by default; see
 * BENCHMARKS.md, StartupBench). The migrations: with R2DBC nothing depends on Flyway's initializer, so a lazy context
 * never made it and started on an unmigrated schema. The feeds, pollers, archive jobs and the other background work
 * are {@code SmartLifecycle} beans, which Spring starts whether lazy or not; listeners, {@code ApplicationRunner}s and
 * the LISTEN/NOTIFY bus (made with the first bean that needs it) need nothing here.
 */
@Configuration(proxyBeanMethods = false)
class StartupConfiguration {

    @Bean
    static LazyInitializationExcludeFilter migrationsAtStart() {
        return LazyInitializationExcludeFilter.forBeanTypes(FlywayMigrationInitializer.class);
    }
}
