package kr.seoul.smartcity.e2e;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import kr.seoul.smartcity.Application;
import kr.seoul.smartcity.citystatus.domain.Origin;
import kr.seoul.smartcity.citystatus.service.ObservationIngest;
import kr.seoul.smartcity.citystatus.service.ObservationInput;
import kr.seoul.smartcity.dev.DevServices;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The platform scaled out as Kubernetes runs it (docker/kubernetes): three instances of the application on one
 * database, a citizen's screen open on each, and a value recorded by one instance reaches all three screens without
 * a reload — the instances share their events through PostgreSQL, so a load balancer may send anyone anywhere.
 */
class ScaleOutIT extends BrowserTest {

    private static final String DISTRICT = "11260"; // 중랑구
    private static final String TILE = ".tile[data-indicator='AIR_PM25'] .tile-value";
    private static final List<ConfigurableApplicationContext> others = new ArrayList<>();

    @Autowired
    ObservationIngest ingest;

    @BeforeAll
    static void startTwoMoreInstances() {
        for (int i = 0; i < 2; i++) {
            // as arguments, which win over application.properties; only the first instance simulates the city
            others.add(new SpringApplicationBuilder(Application.class, DevServices.class)
                    .run(
                            "--server.port=0",
                            "--management.server.port=0",
                            "--city.dev.demo-data=false",
                            "--city.simulation.enabled=false"));
        }
    }

    @AfterAll
    static void stopThem() {
        others.forEach(ConfigurableApplicationContext::close);
    }

    private static int portOf(ConfigurableApplicationContext instance) {
        return Integer.parseInt(instance.getEnvironment().getProperty("local.server.port", "0"));
    }

    @Test
    void aValueRecordedByOneInstanceReachesTheScreensOpenOnAllThree() {
        List<Browser> screens = new ArrayList<>();
        screens.add(browser());
        for (ConfigurableApplicationContext other : others) {
            Browser screen = new Browser(portOf(other), Browser.DESKTOP);
            screens.add(screen);
        }
        try {
            for (Browser screen : screens) {
                // the district's page: its tiles follow new values live, whatever the dashboards hold
                screen.open("/district/" + DISTRICT);
                screen.find(TILE);
                // every value the tile shows from now on, so a simulated value that follows cannot hide ours
                screen.js(
                        "window.__seen = []; setInterval(() => { const v = document.querySelector(arguments[0])"
                                + "?.textContent.trim(); if (v && !window.__seen.includes(v)) window.__seen.push(v); }, 50);",
                        TILE);
            }
            ingest.record(
                    List.of(new ObservationInput("AIR_PM25", DISTRICT, Instant.now(), 93)),
                    Origin.FEED,
                    "scale-out test");
            long recorded = System.nanoTime();
            for (Browser screen : screens) {
                screen.waitUntil(
                        () -> Boolean.TRUE.equals(screen.js("return window.__seen.some(v => v.startsWith('93'))")),
                        Duration.ofSeconds(10));
            }
            System.out.printf(
                    "A value recorded on one instance was on the screens of all three after %d ms%n",
                    (System.nanoTime() - recorded) / 1_000_000);
        } finally {
            screens.subList(1, screens.size()).forEach(Browser::close);
        }
    }
}
