package kr.seoul.smartcity.citystatus.service;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import kr.seoul.smartcity.base.domain.DatabaseCalls;
import kr.seoul.smartcity.base.domain.DisclosureClass;
import kr.seoul.smartcity.base.events.LiveEventBus;
import kr.seoul.smartcity.citystatus.domain.Alert;
import kr.seoul.smartcity.citystatus.domain.AlertRepository;
import kr.seoul.smartcity.citystatus.domain.AlertRule;
import kr.seoul.smartcity.citystatus.domain.AlertRuleRepository;
import kr.seoul.smartcity.citystatus.domain.Indicator;
import kr.seoul.smartcity.citystatus.domain.LatestValue;
import kr.seoul.smartcity.security.service.DisclosurePolicy;
import kr.seoul.smartcity.security.service.Viewer;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;

/**
 * Threshold rules on indicators. A rule fires once per district while its alert is open; acknowledging records who
 * and when. Alerts are for staff: citizens never see them.
 */
@Service
public class AlertService {

    private final AlertRuleRepository rules;
    private final AlertRepository alerts;
    private final DatabaseClient database;
    private final IndicatorCatalog catalog;
    private final DisclosurePolicy disclosure;
    private final LiveEventBus events;
    private final Clock clock;
    private final DatabaseCalls await;

    AlertService(
            AlertRuleRepository rules,
            AlertRepository alerts,
            DatabaseClient database,
            IndicatorCatalog catalog,
            DisclosurePolicy disclosure,
            LiveEventBus events,
            Clock clock,
            DatabaseCalls await) {
        this.await = await;
        this.rules = rules;
        this.alerts = alerts;
        this.database = database;
        this.catalog = catalog;
        this.disclosure = disclosure;
        this.events = events;
        this.clock = clock;
    }

    /** Fires the rules that these values breach. */
    void evaluate(List<LatestValue> values) {
        List<AlertRule> enabled = rules.findByEnabledTrue().as(await::list);
        for (LatestValue value : values) {
            for (AlertRule rule : enabled) {
                if (rule.indicatorCode().equals(value.indicatorCode())
                        && rule.comparison().breached(value.value(), rule.threshold())) {
                    fire(rule, value).ifPresent(id -> events.publish(AlertFired.TOPIC, new AlertFired(id, false)));
                }
            }
        }
    }

    private Optional<Long> fire(AlertRule rule, LatestValue value) {
        Indicator indicator = catalog.find(rule.indicatorCode()).orElseThrow();
        DisclosureClass visibility = indicator.disclosure() == DisclosureClass.RESTRICTED
                ? DisclosureClass.RESTRICTED
                : DisclosureClass.INTERNAL;
        return database.sql("""
                        INSERT INTO alert (rule_id, indicator_code, district_code, value, threshold, severity, disclosure,
                                           owning_department, fired_at)
                        VALUES (:rule, :indicator, :district, :value, :threshold, :severity, :disclosure, :department, :at)
                        ON CONFLICT (rule_id, district_code) WHERE acknowledged_at IS NULL DO NOTHING
                        RETURNING id""")
                .bind("rule", rule.id())
                .bind("indicator", rule.indicatorCode())
                .bind("district", value.districtCode())
                .bind("value", value.value())
                .bind("threshold", rule.threshold())
                .bind("severity", rule.severity().name())
                .bind("disclosure", visibility.name())
                .bind("department", indicator.owningDepartment())
                .bind("at", clock.instant())
                .map(row -> row.get("id", Long.class))
                .one()
                .as(await::optional);
    }

    /** Open alerts the viewer may see, newest first; none for citizens. */
    public List<Alert> open(Viewer viewer) {
        if (!viewer.isStaff()) {
            return List.of();
        }
        return alerts.findByAcknowledgedAtIsNullOrderByFiredAtDesc()
                .filter(alert -> disclosure.canSee(viewer, alert))
                .as(await::list);
    }

    /** Recently acknowledged alerts, with who and when. */
    public List<Alert> recentlyAcknowledged(Viewer viewer) {
        if (!viewer.isStaff()) {
            return List.of();
        }
        return alerts.findTop20ByAcknowledgedAtIsNotNullOrderByAcknowledgedAtDesc()
                .filter(alert -> disclosure.canSee(viewer, alert))
                .as(await::list);
    }

    /** Records that a member of staff has seen to an alert. Acknowledging twice keeps the first record. */
    public Alert acknowledge(long alertId, Viewer viewer, String who) {
        Alert alert = alerts.findById(alertId)
                .as(await::optional)
                .filter(found -> viewer.isStaff() && disclosure.canSee(viewer, found))
                .orElseThrow(() -> new IllegalArgumentException("No alert " + alertId));
        if (!alert.open()) {
            return alert;
        }
        Alert acknowledged = alerts.save(new Alert(
                        alert.id(),
                        alert.ruleId(),
                        alert.indicatorCode(),
                        alert.districtCode(),
                        alert.value(),
                        alert.threshold(),
                        alert.severity(),
                        alert.disclosure(),
                        alert.owningDepartment(),
                        alert.firedAt(),
                        who,
                        clock.instant()))
                .as(await::value);
        events.publish(AlertFired.TOPIC, new AlertFired(alertId, true));
        return acknowledged;
    }
}
