package kr.seoul.smartcity.citystatus.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import kr.seoul.smartcity.base.domain.SeoulDistrict;
import kr.seoul.smartcity.citystatus.domain.Indicator;
import org.jspecify.annotations.Nullable;
import kr.seoul.smartcity.security.service.Viewer;
import org.springframework.stereotype.Service;

/**
 * The events that touched an indicator within a period, for the marks on its time chart: the alerts raised on it
 * (staff only, as alerts are) and, for the disaster and safety area, the incidents reported in the city or in the
 * district shown. Only what the viewer may see.
 */
@Service
public class ChartMarks {

    private static final String SAFETY_AREA = "SAFETY";

    private final AlertService alerts;
    private final IncidentService incidents;

    ChartMarks(AlertService alerts, IncidentService incidents) {
        this.alerts = alerts;
        this.incidents = incidents;
    }

    public List<ChartMark> touching(Viewer viewer, Indicator indicator, @Nullable String districtCode, Instant from,
                                    Instant to, Locale locale) {
        List<ChartMark> marks = new ArrayList<>();
        Stream.concat(alerts.open(viewer).stream(), alerts.recentlyAcknowledged(viewer).stream())
                .filter(alert -> alert.indicatorCode().equals(indicator.code()))
                .filter(alert -> districtCode == null || districtCode.equals(alert.districtCode()))
                .filter(alert -> !alert.firedAt().isBefore(from) && !alert.firedAt().isAfter(to))
                .distinct()
                .forEach(alert -> marks.add(new ChartMark(alert.firedAt(), ChartMark.Kind.ALERT,
                        SeoulDistrict.byCode(alert.districtCode()).map(d -> d.name(locale)).orElse("") + " "
                                + indicator.name(locale) + " " + alert.value())));
        if (SAFETY_AREA.equals(indicator.area())) {
            incidents.recent(viewer).stream()
                    .filter(incident -> districtCode == null || districtCode.equals(incident.districtCode()))
                    .filter(incident -> !incident.reportedAt().isBefore(from) && !incident.reportedAt().isAfter(to))
                    .forEach(incident -> marks.add(new ChartMark(incident.reportedAt(), ChartMark.Kind.INCIDENT,
                            incident.title())));
        }
        marks.sort(Comparator.comparing(ChartMark::at));
        return marks;
    }
}
