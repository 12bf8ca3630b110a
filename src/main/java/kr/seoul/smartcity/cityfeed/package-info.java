/**
 * The city's data feeds: the connectors to Seoul's open data APIs (living population, Ddareungi stations, subway
 * arrivals, hotspots, disaster messages) behind {@code SeoulOpenApiClient} and {@code FeedHttp} (base URL, key and
 * retries from configuration), data sources declared by administrators without code ({@code DeclaredSources}: an
 * HTTP or SQL request and a mapping to indicators, checked before they are saved), polled by one instance at a time
 * on a lease ({@code DeclaredSourcePoller}), and each source's health and lag ({@code SourceStatusService},
 * {@code FeedMetrics}); observations go to {@code citystatus} through its ingest service.
 */
@ApplicationModule(
        displayName = "City data feeds",
        allowedDependencies = {
            "base",
            "citystatus::model",
            "citystatus::service",
            "directory::model",
            "directory::service",
            "security::service"
        })
@NullMarked
package kr.seoul.smartcity.cityfeed;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
