package kr.seoul.smartcity.citystatus.domain;

import java.time.Instant;

import kr.seoul.smartcity.base.domain.Disclosed;
import kr.seoul.smartcity.base.domain.DisclosureClass;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;
import org.springframework.modulith.NamedInterface;

/** A disaster or safety incident (a large fire, say) and where it stands. */
@Table("incident")
@NamedInterface("model")
public record Incident(
        @Id @Nullable Long id,
        String kind,
        String title,
        String districtCode,
        String place,
        IncidentStatus status,
        DisclosureClass disclosure,
        String owningDepartment,
        Instant reportedAt,
        Instant updatedAt)
        implements Disclosed {

    public Incident withStatus(IncidentStatus next, Instant at) {
        return new Incident(id, kind, title, districtCode, place, next, disclosure, owningDepartment, reportedAt, at);
    }

    public boolean active() {
        return status != IncidentStatus.CLOSED;
    }
}
