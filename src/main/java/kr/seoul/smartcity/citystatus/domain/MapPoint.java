package kr.seoul.smartcity.citystatus.domain;

import java.time.Instant;

import kr.seoul.smartcity.base.domain.Disclosed;
import kr.seoul.smartcity.base.domain.DisclosureClass;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/**
 * A place on a map layer: a bike station with bikes available out of its racks, a hotspot with its congestion
 * level, a CCTV site.
 */
@NamedInterface("model")
public record MapPoint(
        MapLayer layer,
        String externalId,
        String name,
        double latitude,
        double longitude,
        @Nullable Double value,
        @Nullable Double capacity,
        String label,
        DisclosureClass disclosure,
        Instant updatedAt)
        implements Disclosed {

    @Override
    public @Nullable String owningDepartment() {
        return null;
    }
}
