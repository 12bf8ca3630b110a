package kr.seoul.smartcity.citystatus.domain;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** When an incident reached a status. */
@Table("incident_step")
public record IncidentStep(@Id @Nullable Long id, long incidentId, IncidentStatus status, Instant reachedAt) {}
