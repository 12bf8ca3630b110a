package kr.seoul.smartcity.citystatus.domain;

import java.time.Instant;

import kr.seoul.smartcity.base.domain.Disclosed;
import kr.seoul.smartcity.base.domain.DisclosureClass;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** A rule that fired for a district (or the city), until someone acknowledges it. Staff only. */
@Table("alert")
public record Alert(
        @Id @Nullable Long id,
        long ruleId,
        String indicatorCode,
        String districtCode,
        double value,
        double threshold,
        AlertSeverity severity,
        DisclosureClass disclosure,
        String owningDepartment,
        Instant firedAt,
        @Nullable String acknowledgedBy,
        @Nullable Instant acknowledgedAt)
        implements Disclosed {

    public boolean open() {
        return acknowledgedAt == null;
    }
}
