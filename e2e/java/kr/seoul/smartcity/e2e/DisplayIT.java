package kr.seoul.smartcity.e2e;

import java.time.Duration;

import kr.seoul.smartcity.Application;
import kr.seoul.smartcity.dev.DevServices;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A wall screen opened as a display and a phone that steers it: paired by the code the display shows, the phone
 * picks a dashboard and a district and the display opens them at once, also when the two are served by different
 * instances of the application; a public display is never offered internal content.
 */
class DisplayIT extends BrowserTest {

    private static ConfigurableApplicationContext secondInstance;

    @BeforeAll
    static void startSecondInstance() {
        // as arguments, which win over application.properties (default properties would not)
        secondInstance = new SpringApplicationBuilder(Application.class, DevServices.class)
                .run(
                        "--server.port=0",
                        "--management.server.port=0",
                        "--city.dev.demo-data=false",
                        "--city.simulation.enabled=false");
    }

    @AfterAll
    static void stopSecondInstance() {
        secondInstance.close();
    }

    private static int secondPort() {
        return Integer.parseInt(secondInstance.getEnvironment().getProperty("local.server.port", "0"));
    }

    private static String openDisplay(Browser display) {
        display.open("/display");
        display.waitUntil(() -> display.isPresent("#display-code"), Duration.ofSeconds(20));
        return display.text("#display-code").replace(" ", "");
    }

    @Test
    void aPhonePairedWithTheWallScreenChoosesADashboardAndADistrict() {
        Browser wall = browser();
        wall.signIn("mayor", "mayor");
        String code = openDisplay(wall);
        assertThat(code).matches("\\d{6}");
        assertThat(wall.isPresent("#display-pairing img.qr-code")).isTrue();
        wall.screenshot("display-pairing");

        Browser phone = browser(Browser.PHONE);
        phone.signIn("traffic", "traffic");
        phone.open("/remote?code=" + code);
        phone.waitUntil(() -> phone.currentPath().startsWith("/remote/"), Duration.ofSeconds(20));
        wall.waitForText("#display-remotes", "이교통");

        phone.click("#remote-dashboards [data-target='DASHBOARD:traffic']");
        long chosen = System.nanoTime();
        wall.waitUntil(() -> wall.currentPath().equals("/dashboards/traffic"), Duration.ofSeconds(20));
        long followedMs = (System.nanoTime() - chosen) / 1_000_000;
        System.out.println("display followed the remote's dashboard in " + followedMs + " ms");
        wall.waitForText("#display-badge", "이교통");
        phone.screenshot("remote-phone");

        phone.click("#remote-districts [data-target='DISTRICT:11440']");
        wall.waitForPath("/district/11440");
        wall.waitForText("#district-title", "마포구");
        // read as the page has it: the phone scrolled the state out of sight to reach the district
        phone.waitUntil(
                () -> String.valueOf(phone.js("return document.getElementById('remote-state').textContent"))
                        .contains("마포구"),
                Duration.ofSeconds(10));

        // the wall screen reloads (a reconnect, a restart of its browser): still the same display, still steered
        wall.load("/district/11440");
        wall.waitForText("#display-badge", code.substring(0, 3));
        phone.click("#remote-dashboards [data-target='DASHBOARD:home']");
        wall.waitForPath("/dashboards/home");
    }

    @Test
    void aRemoteOnAnotherInstanceSteersTheDisplayAndItsCommandsToo() {
        Browser wall = browser();
        wall.signIn("mayor", "mayor");
        String code = openDisplay(wall);

        Browser phone = new Browser(secondPort(), Browser.PHONE);
        try {
            phone.signIn("mayor", "mayor");
            phone.open("/remote");
            phone.type("#remote-code", code);
            phone.click("#remote-pair");
            phone.screenshot("remote-pair-second-instance");
            phone.waitUntil(() -> phone.currentPath().startsWith("/remote/"), Duration.ofSeconds(20));

            phone.click("#remote-dashboards [data-target='DASHBOARD:wall']");
            wall.waitForPath("/dashboards/wall");

            phone.type("#command-input", "강서구 초미세먼지");
            phone.waitForAttribute(
                    "#command-option-0", "data-location", "district/11500?indicator=AIR_PM25", Duration.ofSeconds(10));
            phone.press("#command-input input", Keys.ENTER);
            wall.waitForPath("/district/11500");
            wall.waitForText("#indicator-from-address", "강서구");
        } finally {
            phone.close();
        }
    }

    @Test
    void aPublicDisplayIsNeverOfferedInternalContent() {
        Browser kioskScreen = browser();
        String code = openDisplay(kioskScreen);
        assertThat(kioskScreen.text("#display-account")).contains("공개");

        Browser phone = browser(Browser.PHONE);
        phone.signIn("mayor", "mayor");
        phone.open("/remote?code=" + code);
        phone.waitUntil(() -> phone.currentPath().startsWith("/remote/"), Duration.ofSeconds(20));
        assertThat(phone.all("#remote-dashboards .remote-pick"))
                .extracting(pick -> pick.getAttribute("data-target"))
                .contains("DASHBOARD:home")
                .doesNotContain("DASHBOARD:wall", "DASHBOARD:mayor");
        phone.type("#command-input", "결재함");
        phone.waitForAttribute("#command-results", "data-query", "결재함", Duration.ofSeconds(10));
        assertThat(phone.all("#command-results .command-option"))
                .noneMatch(option -> "approval".equals(option.getAttribute("data-location")));

        phone.click("#remote-dashboards [data-target='DASHBOARD:home']");
        kioskScreen.waitForPath("/dashboards/home");
    }
}
