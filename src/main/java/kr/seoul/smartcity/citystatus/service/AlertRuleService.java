package kr.seoul.smartcity.citystatus.service;

import java.util.List;

import kr.seoul.smartcity.base.domain.DatabaseCalls;
import kr.seoul.smartcity.citystatus.domain.AlertRule;
import kr.seoul.smartcity.citystatus.domain.AlertRuleRepository;
import kr.seoul.smartcity.citystatus.domain.AlertSeverity;
import kr.seoul.smartcity.citystatus.domain.Comparison;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/** The threshold rules that administrators keep: "PM2.5 above 75 in any district is critical". */
@Service
public class AlertRuleService {

    private final AlertRuleRepository rules;
    private final IndicatorCatalog catalog;
    private final DatabaseCalls await;

    AlertRuleService(AlertRuleRepository rules, IndicatorCatalog catalog, DatabaseCalls await) {
        this.await = await;
        this.rules = rules;
        this.catalog = catalog;
    }

    public List<AlertRule> rules() {
        return rules.findAll().as(await::list).stream()
                .sorted(java.util.Comparator.comparing(AlertRule::indicatorCode).thenComparing(AlertRule::threshold))
                .toList();
    }

    /**
     * Adds a rule ({@code id} null) or changes one. Takes effect with the next value recorded.
     *
     * @throws IllegalArgumentException for an unknown indicator or a threshold that is not a number
     */
    public AlertRule save(
            @Nullable Long id,
            String indicatorCode,
            Comparison comparison,
            double threshold,
            AlertSeverity severity,
            boolean enabled) {
        if (catalog.find(indicatorCode).isEmpty()) {
            throw new IllegalArgumentException("Unknown indicator " + indicatorCode);
        }
        if (Double.isNaN(threshold) || Double.isInfinite(threshold)) {
            throw new IllegalArgumentException("The threshold must be a number");
        }
        return rules.save(new AlertRule(id, indicatorCode, comparison, threshold, severity, enabled))
                .as(await::value);
    }
}
