package kr.seoul.smartcity.simulation;

import java.time.Clock;

import kr.seoul.smartcity.citystatus.service.CityFeedService;
import kr.seoul.smartcity.citystatus.service.IncidentService;
import kr.seoul.smartcity.citystatus.service.IndicatorCatalog;
import kr.seoul.smartcity.citystatus.service.ObservationIngest;
import kr.seoul.smartcity.simulation.service.SimulatedCityFeed;
import kr.seoul.smartcity.simulation.service.SimulationProperties;
import kr.seoul.smartcity.simulation.service.SimulationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The simulated city runs unless {@code city.simulation.enabled=false} (set it where real feeds run). */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "city.simulation.enabled", havingValue = "true", matchIfMissing = true)
class SimulationConfiguration {

    @Bean
    SimulationRunner simulationRunner(IndicatorCatalog catalog, ObservationIngest ingest, CityFeedService feed,
                                      IncidentService incidents, SimulationProperties properties, Clock clock) {
        return new SimulationRunner(new SimulatedCityFeed(catalog, ingest, feed, incidents, properties, clock),
                properties);
    }
}
