package kr.seoul.smartcity.citystatus.service;

import java.time.Instant;
import java.util.List;

import kr.seoul.smartcity.citystatus.domain.Alert;
import kr.seoul.smartcity.citystatus.domain.AlertRule;
import kr.seoul.smartcity.citystatus.domain.AlertSeverity;
import kr.seoul.smartcity.citystatus.domain.Comparison;
import kr.seoul.smartcity.citystatus.domain.Origin;
import kr.seoul.smartcity.dev.CityIntegrationTest;
import kr.seoul.smartcity.directory.domain.Role;
import kr.seoul.smartcity.security.service.Viewer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@CityIntegrationTest
class AlertRuleIT {

    private static final Viewer MAYOR = new Viewer(Role.MAYOR, null);

    @Autowired
    AlertRuleService rules;

    @Autowired
    AlertService alerts;

    @Autowired
    ObservationIngest ingest;

    @Test
    void aNewRuleAppliesFromTheNextValueAndADisabledOneNoLonger() {
        AlertRule warm = rules.save(null, "HANRIVER_TEMP", Comparison.ABOVE, 25, AlertSeverity.WARNING, true);
        ingest.record(List.of(new ObservationInput("HANRIVER_TEMP", null, Instant.now(), 26.5)), Origin.FEED, null);
        assertThat(openFor(warm)).hasSize(1);

        rules.save(warm.id(), "HANRIVER_TEMP", Comparison.ABOVE, 25, AlertSeverity.WARNING, false);
        alerts.acknowledge(openFor(warm).get(0).id(), MAYOR, "김서울");
        ingest.record(List.of(new ObservationInput("HANRIVER_TEMP", null, Instant.now(), 27.5)), Origin.FEED, null);
        assertThat(openFor(warm)).isEmpty();
    }

    @Test
    void aRuleNeedsAKnownIndicatorAndANumber() {
        assertThatThrownBy(() -> rules.save(null, "NO_SUCH", Comparison.ABOVE, 1, AlertSeverity.WARNING, true))
                .hasMessageContaining("NO_SUCH");
        assertThatThrownBy(
                        () -> rules.save(null, "AIR_PM10", Comparison.ABOVE, Double.NaN, AlertSeverity.WARNING, true))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private List<Alert> openFor(AlertRule rule) {
        return alerts.open(MAYOR).stream()
                .filter(alert -> alert.ruleId() == rule.id())
                .toList();
    }
}
