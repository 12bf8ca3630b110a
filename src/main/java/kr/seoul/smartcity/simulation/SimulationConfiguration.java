package kr.seoul.smartcity.simulation;

import java.time.Clock;

import kr.seoul.smartcity.citystatus.service.CityFeedService;
import kr.seoul.smartcity.citystatus.service.IncidentService;
import kr.seoul.smartcity.citystatus.service.IndicatorCatalog;
import kr.seoul.smartcity.citystatus.service.ObservationIngest;
import kr.seoul.smartcity.simulation.service.SimulatedCityFeed;
import kr.seoul.smartcity.simulation.service.SimulationProperties;
import kr.seoul.smartcity.simulation.service.SimulationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The simulated city is the embedded default: it runs when no Seoul Open Data key is configured, unless
 * {@code city.simulation.enabled=false}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("${city.simulation.enabled:true} and '${city.sources.seoul.key:}'.isBlank()")
class SimulationConfiguration {

    @Bean
    SimulationRunner simulationRunner(
            IndicatorCatalog catalog,
            ObservationIngest ingest,
            CityFeedService feed,
            IncidentService incidents,
            SimulationProperties properties,
            Clock clock) {
        return new SimulationRunner(
                new SimulatedCityFeed(catalog, ingest, feed, incidents, properties, clock), properties);
    }
}
