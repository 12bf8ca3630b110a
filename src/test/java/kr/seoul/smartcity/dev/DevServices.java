package kr.seoul.smartcity.dev;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/**
 * Embedded PostgreSQL and Elasticsearch, and demo data, for the run command and for integration tests.
 * Import it next to {@code Application}.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import({
    EmbeddedServicesRegistrar.class,
    DemoData.class,
    DemoArchive.class,
    DemoCivic.class,
    DemoProjects.class,
    DemoProposals.class,
    DemoOpinions.class,
    DemoProfile.class,
    DemoDirectives.class,
    DemoDashboards.class,
    DemoDocuments.class,
    DemoThemes.class,
    DemoAnalysisData.class
})
public class DevServices {}
