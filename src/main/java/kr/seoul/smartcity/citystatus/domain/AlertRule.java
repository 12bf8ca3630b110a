package kr.seoul.smartcity.citystatus.domain;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** A threshold on an indicator: "PM2.5 above 75 in any district". */
@Table("alert_rule")
public record AlertRule(
        @Id Long id,
        String indicatorCode,
        Comparison comparison,
        double threshold,
        AlertSeverity severity,
        boolean enabled) {}
