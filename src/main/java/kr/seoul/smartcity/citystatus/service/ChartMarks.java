package kr.seoul.smartcity.citystatus.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import kr.seoul.smartcity.base.domain.SeoulDistrict;
import kr.seoul.smartcity.citystatus.domain.Alert;
import kr.seoul.smartcity.citystatus.domain.Indicator;
import kr.seoul.smartcity.directive.domain.DirectiveContext;
import kr.seoul.smartcity.directive.service.DirectiveService;
import kr.seoul.smartcity.security.service.Viewer;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * The events that touched an indicator within a period, for the marks on its time chart: the alerts raised on it
 * (staff only, as alerts are), the directives issued from the indicator, from one of its alerts or from the district
 * shown (staff: those they follow; citizens: those the mayor published) and, for the disaster and safety area, the
 * incidents reported in the city or in the district shown. Only what the viewer may see.
 */
@Service
public class ChartMarks {

    private static final String SAFETY_AREA = "SAFETY";

    private static final int PUBLISHED_DIRECTIVES = 200;

    private final AlertService alerts;
    private final IncidentService incidents;
    private final DirectiveService directives;

    ChartMarks(AlertService alerts, IncidentService incidents, DirectiveService directives) {
        this.alerts = alerts;
        this.incidents = incidents;
        this.directives = directives;
    }

    public List<ChartMark> touching(
            Viewer viewer,
            Indicator indicator,
            @Nullable String districtCode,
            Instant from,
            Instant to,
            Locale locale) {
        List<ChartMark> marks = new ArrayList<>();
        List<Alert> itsAlerts = Stream.concat(
                        alerts.open(viewer).stream(), alerts.recentlyAcknowledged(viewer).stream())
                .filter(alert -> alert.indicatorCode().equals(indicator.code()))
                .distinct()
                .toList();
        itsAlerts.stream()
                .filter(alert -> districtCode == null || districtCode.equals(alert.districtCode()))
                .filter(alert ->
                        !alert.firedAt().isBefore(from) && !alert.firedAt().isAfter(to))
                .forEach(alert -> marks.add(new ChartMark(
                        alert.firedAt(),
                        ChartMark.Kind.ALERT,
                        SeoulDistrict.byCode(alert.districtCode())
                                        .map(d -> d.name(locale))
                                        .orElse("") + " " + indicator.name(locale) + " " + alert.value())));
        Set<String> alertIds =
                itsAlerts.stream().map(alert -> String.valueOf(alert.id())).collect(Collectors.toSet());
        (viewer.isStaff() ? directives.box(viewer) : directives.published(PUBLISHED_DIRECTIVES))
                .stream()
                        .filter(directive -> !directive.issuedAt().isBefore(from)
                                && !directive.issuedAt().isAfter(to))
                        .filter(directive -> touches(directive.context(), indicator, alertIds, districtCode))
                        .forEach(directive -> marks.add(
                                new ChartMark(directive.issuedAt(), ChartMark.Kind.DIRECTIVE, directive.title())));
        if (SAFETY_AREA.equals(indicator.area())) {
            incidents.recent(viewer).stream()
                    .filter(incident -> districtCode == null || districtCode.equals(incident.districtCode()))
                    .filter(incident -> !incident.reportedAt().isBefore(from)
                            && !incident.reportedAt().isAfter(to))
                    .forEach(incident ->
                            marks.add(new ChartMark(incident.reportedAt(), ChartMark.Kind.INCIDENT, incident.title())));
        }
        marks.sort(Comparator.comparing(ChartMark::at));
        return marks;
    }

    private static boolean touches(
            @Nullable DirectiveContext context,
            Indicator indicator,
            Set<String> alertIds,
            @Nullable String districtCode) {
        if (context == null) {
            return false;
        }
        return switch (context.kind()) {
            case INDICATOR -> context.reference().equals(indicator.code());
            case ALERT -> alertIds.contains(context.reference());
            case DISTRICT -> context.reference().equals(districtCode);
            default -> false;
        };
    }
}
