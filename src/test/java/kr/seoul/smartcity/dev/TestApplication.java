package kr.seoul.smartcity.dev;

import kr.seoul.smartcity.Application;
import org.springframework.boot.SpringApplication;

/**
 * The embedded default: {@code ./mvnw spring-boot:test-run} starts the application with an embedded PostgreSQL,
 * an Elasticsearch child process and demo data. Nothing of this is in the production jar.
 */
public class TestApplication {

    public static void main(String[] args) {
        SpringApplication.from(Application::main).with(DevServices.class).run(args);
    }
}
