package kr.seoul.smartcity.dev;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Explains, without a stack trace, why the embedded default does not start as root and what to do instead. */
class RunningAsRootFailureAnalyzer extends AbstractFailureAnalyzer<RunningAsRootException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, RunningAsRootException cause) {
        return new FailureAnalysis(
                "The embedded default starts Elasticsearch as a child process, and Elasticsearch refuses to run as root.",
                """
                Run './mvnw spring-boot:test-run' as an ordinary user (for example: useradd -m city && runuser -u city -- ./mvnw spring-boot:test-run), \
                or run the production jar against an Elasticsearch of your own: \
                java -jar target/smart-city-platform-*.jar --city.search.url=http://host:9200 \
                --spring.r2dbc.url=r2dbc:postgresql://host:5432/city --spring.flyway.url=jdbc:postgresql://host:5432/city \
                (or 'docker compose -f docker/compose.yaml up', see README).""",
                cause);
    }
}
