package kr.seoul.smartcity.simulation.service;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The simulated city feed: the embedded default when no open data key is configured.
 *
 * @param enabled   run it (turn it off where real feeds run)
 * @param interval  how often it records a new set of values
 * @param incidents whether it starts occasional incidents and dust spikes
 */
@ConfigurationProperties("city.simulation")
public record SimulationProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("30s") Duration interval,
        @DefaultValue("true") boolean incidents) {}
