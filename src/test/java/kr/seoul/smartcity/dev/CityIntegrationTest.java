package kr.seoul.smartcity.dev;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import kr.seoul.smartcity.Application;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The whole application on a random port against the embedded PostgreSQL and Elasticsearch, with demo data. Every
 * test with this annotation shares one application context (Spring's test context cache) and one set of services.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(
        classes = {Application.class, DevServices.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public @interface CityIntegrationTest {}
