package kr.seoul.smartcity.citystatus.domain;

import kr.seoul.smartcity.base.domain.Labelled;
import org.springframework.modulith.NamedInterface;

/** The chain a fire incident moves along: 출동지령 → 현장도착 → 활동개시 → 초진 → 완진 → 상황종결. */
@NamedInterface("model")
public enum IncidentStatus implements Labelled {
    DISPATCHED,
    ARRIVED,
    OPERATING,
    CONTAINED,
    EXTINGUISHED,
    CLOSED;

    @Override
    public String labelKey() {
        return "incident.status." + name().toLowerCase();
    }

    public boolean isAfter(IncidentStatus other) {
        return ordinal() > other.ordinal();
    }
}
