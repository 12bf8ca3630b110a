package kr.seoul.smartcity.citystatus.service;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import kr.seoul.smartcity.base.domain.DatabaseCalls;
import kr.seoul.smartcity.base.events.LiveEventBus;
import kr.seoul.smartcity.citystatus.domain.Incident;
import kr.seoul.smartcity.citystatus.domain.IncidentRepository;
import kr.seoul.smartcity.citystatus.domain.IncidentStatus;
import kr.seoul.smartcity.citystatus.domain.IncidentStep;
import kr.seoul.smartcity.citystatus.domain.IncidentStepRepository;
import kr.seoul.smartcity.security.service.DisclosurePolicy;
import kr.seoul.smartcity.security.service.Viewer;
import org.springframework.stereotype.Service;

/** Incidents and their status chains, told live to every open screen. */
@Service
public class IncidentService {

    private final IncidentRepository incidents;
    private final IncidentStepRepository steps;
    private final DisclosurePolicy disclosure;
    private final LiveEventBus events;
    private final Clock clock;
    private final DatabaseCalls await;

    IncidentService(
            IncidentRepository incidents,
            IncidentStepRepository steps,
            DisclosurePolicy disclosure,
            LiveEventBus events,
            Clock clock,
            DatabaseCalls await) {
        this.await = await;
        this.incidents = incidents;
        this.steps = steps;
        this.disclosure = disclosure;
        this.events = events;
        this.clock = clock;
    }

    public Incident report(NewIncident report) {
        var now = clock.instant();
        Incident incident = incidents
                .save(new Incident(
                        null,
                        report.kind(),
                        report.title(),
                        report.districtCode(),
                        report.place(),
                        IncidentStatus.DISPATCHED,
                        report.disclosure(),
                        report.owningDepartment(),
                        now,
                        now))
                .as(await::value);
        steps.save(new IncidentStep(null, incident.id(), IncidentStatus.DISPATCHED, now))
                .as(await::value);
        events.publish(IncidentUpdated.TOPIC, new IncidentUpdated(incident.id()));
        return incident;
    }

    /**
     * Moves an incident on to a later status.
     *
     * @throws IllegalArgumentException if the status is not later than the current one
     */
    public Incident advance(long incidentId, IncidentStatus next) {
        Incident incident = incidents
                .findById(incidentId)
                .as(await::optional)
                .orElseThrow(() -> new IllegalArgumentException("No incident " + incidentId));
        if (!next.isAfter(incident.status())) {
            throw new IllegalArgumentException(incident.status() + " cannot move back to " + next);
        }
        var now = clock.instant();
        Incident updated = incidents.save(incident.withStatus(next, now)).as(await::value);
        steps.save(new IncidentStep(null, incidentId, next, now)).as(await::value);
        events.publish(IncidentUpdated.TOPIC, new IncidentUpdated(incidentId));
        return updated;
    }

    /** Incidents of the last 24 hours that the viewer may see, newest first. */
    public List<Incident> recent(Viewer viewer) {
        return incidents
                .findByUpdatedAtAfterOrderByReportedAtDesc(clock.instant().minus(Duration.ofHours(24)))
                .filter(incident -> disclosure.canSee(viewer, incident))
                .as(await::list);
    }

    public List<IncidentStep> steps(long incidentId) {
        return steps.findByIncidentIdOrderByReachedAt(incidentId).as(await::list);
    }
}
