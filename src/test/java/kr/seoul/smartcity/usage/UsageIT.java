package kr.seoul.smartcity.usage;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import kr.seoul.smartcity.dev.CityIntegrationTest;
import kr.seoul.smartcity.directory.domain.Role;
import kr.seoul.smartcity.usage.domain.DeviceKind;
import kr.seoul.smartcity.usage.domain.UsageCount;
import kr.seoul.smartcity.usage.domain.UsageKind;
import kr.seoul.smartcity.usage.service.UsageAnalytics;
import kr.seoul.smartcity.usage.service.UsageRecorder;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Uses are recorded by name only with consent, citizens only as counts, aggregated by role, and forgotten after the
 * retention period; only administrators and the mayor read the totals.
 */
@CityIntegrationTest
class UsageIT {

    @Autowired
    UsageRecorder recorder;

    @Autowired
    UsageAnalytics analytics;

    @Autowired
    DatabaseClient database;

    private static String subject() {
        return "test/" + UUID.randomUUID().toString().substring(0, 8);
    }

    private UsageCount count(UsageKind kind, String subject) {
        return analytics.counts(Role.ADMIN, kind, Duration.ofDays(1)).stream()
                .filter(count -> count.subject().equals(subject))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void staffAreRecordedByNameOnlyWithConsentAndCitizensOnlyCounted() {
        String screen = subject();
        recorder.decide("climate", false);
        recorder.decide("traffic", true);
        recorder.record(UsageKind.SCREEN, screen, DeviceKind.PHONE, 4_000, "traffic", Role.OFFICIAL, null);
        recorder.record(UsageKind.SCREEN, screen, DeviceKind.DESKTOP, 2_000, "climate", Role.OFFICIAL, null);
        recorder.record(UsageKind.SCREEN, screen, DeviceKind.PHONE, 6_000, null, null, null);
        recorder.record(UsageKind.SCREEN, screen, DeviceKind.PHONE, 2_000, null, null, null);
        recorder.flush();

        UsageCount counted = count(UsageKind.SCREEN, screen);
        assertThat(counted.officials()).as("only the official who agreed").isEqualTo(1);
        assertThat(counted.citizens()).isEqualTo(2);
        assertThat(counted.staff()).isEqualTo(1);
        assertThat(counted.averageSeconds())
                .as("(4 s + 6 s + 2 s) / three uses")
                .isEqualTo(4);
        assertThat(analytics.own("traffic", Duration.ofDays(1)))
                .extracting(use -> use.subject())
                .contains(screen);
        assertThat(analytics.own("climate", Duration.ofDays(1)))
                .extracting(use -> use.subject())
                .doesNotContain(screen);
        Long named = database.sql("SELECT COUNT(*) AS n FROM usage_event WHERE subject = :s")
                .bind("s", screen)
                .map(row -> row.get("n", Long.class))
                .one()
                .block();
        assertThat(named).as("citizens' uses are never stored one by one").isEqualTo(1);
    }

    @Test
    void withdrawingConsentForgetsWhatWasRecorded() {
        String screen = subject();
        recorder.decide("director", true);
        recorder.record(UsageKind.SCREEN, screen, DeviceKind.DESKTOP, 1_000, "director", Role.OFFICIAL, null);
        recorder.flush();
        assertThat(analytics.own("director", Duration.ofDays(1))).isNotEmpty();
        recorder.decide("director", false);
        assertThat(analytics.own("director", Duration.ofDays(1))).isEmpty();
    }

    @Test
    void widgetsNobodyOpenedAreListedAndOpenedOnesAreNot() {
        recorder.record(UsageKind.WIDGET, "wall/wall-map", DeviceKind.DESKTOP, 0, null, null, null);
        recorder.flush();
        assertThat(analytics.unopenedWidgets(Role.ADMIN, Duration.ofDays(1)))
                .extracting(widget -> widget.key())
                .doesNotContain("wall/wall-map")
                .contains("wall/wall-notices");
    }

    @Test
    void kioskTouchesAreCountedPerStationAndPeakHoursAddUp() {
        String station = "시청역-" + UUID.randomUUID().toString().substring(0, 4);
        recorder.record(UsageKind.KIOSK_TOUCH, station, DeviceKind.KIOSK, 0, null, null, station);
        recorder.record(UsageKind.KIOSK_TOUCH, station, DeviceKind.KIOSK, 0, null, null, station);
        recorder.flush();
        assertThat(analytics.kioskTouches(Role.MAYOR, Duration.ofDays(1))).anySatisfy(entry -> {
            assertThat(entry.getKey()).isEqualTo(station);
            assertThat(entry.getValue()).isEqualTo(2);
        });
        long[][] hours = analytics.peakHours(Role.ADMIN, Duration.ofDays(1));
        long total = 0;
        for (long[] hour : hours) {
            total += hour[0] + hour[1];
        }
        assertThat(total).isGreaterThanOrEqualTo(2);
    }

    @Test
    void oldRecordsAreForgottenAfterTheRetentionPeriod() {
        String old = subject();
        Instant longAgo = Instant.now().minus(Duration.ofDays(200));
        database.sql("""
                        INSERT INTO usage_event (at, kind, subject, device, duration_ms, username, role)
                        VALUES (:at, 'SCREEN', :s, 'DESKTOP', 0, 'traffic', 'OFFICIAL')""")
                .bind("at", longAgo)
                .bind("s", old)
                .fetch()
                .rowsUpdated()
                .block();
        database.sql("""
                        INSERT INTO usage_hourly (hour, kind, subject, device, station, uses, duration_ms)
                        VALUES (:at, 'SCREEN', :s, 'PHONE', '', 3, 0)""")
                .bind("at", longAgo)
                .bind("s", old)
                .fetch()
                .rowsUpdated()
                .block();

        recorder.expire();

        Long events = database.sql("SELECT COUNT(*) AS n FROM usage_event WHERE subject = :s")
                .bind("s", old)
                .map(row -> row.get("n", Long.class))
                .one()
                .block();
        Long counts = database.sql("SELECT COUNT(*) AS n FROM usage_hourly WHERE subject = :s")
                .bind("s", old)
                .map(row -> row.get("n", Long.class))
                .one()
                .block();
        assertThat(events).as("named uses are kept 90 days").isZero();
        assertThat(counts).as("anonymous counts are kept two years").isEqualTo(1);
    }

    @Test
    void onlyAdministratorsAndTheMayorReadTheTotals() {
        assertThatThrownBy(() -> analytics.counts(Role.OFFICIAL, UsageKind.SCREEN, Duration.ofDays(1)))
                .isInstanceOf(SecurityException.class);
        assertThatThrownBy(() -> analytics.counts(null, UsageKind.SCREEN, Duration.ofDays(1)))
                .isInstanceOf(SecurityException.class);
        assertThat(analytics.counts(Role.MAYOR, UsageKind.SCREEN, Duration.ofDays(1)))
                .isInstanceOf(List.class);
    }
}
