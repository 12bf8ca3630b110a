package kr.seoul.smartcity.e2e;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import kr.seoul.smartcity.citystatus.domain.Origin;
import kr.seoul.smartcity.citystatus.service.ObservationIngest;
import kr.seoul.smartcity.citystatus.service.ObservationInput;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The map without seeing it or using a mouse (issue 24, WCAG 1.1.1, 1.4.1, 2.1.1, 2.5.7): the district map's
 * values as a table whose districts can be chosen with the keyboard.
 */
class MapAlternativeIT extends BrowserTest {

    @Autowired
    ObservationIngest ingest;

    @Test
    void aDistrictIsChosenFromTheMapsTableWithTheKeyboard() {
        // 마포구 has a fine-dust reading whatever the tests before this one left in the shared database
        ingest.record(List.of(new ObservationInput("AIR_PM25", "11440", Instant.now(), 41)), Origin.FEED, null);
        Browser citizen = browser().open("/");
        String map = "[data-widget='home-map']";
        citizen.find(map + " path.city-map-district");
        // every district on the map is a tab stop that says its name and value
        assertThat(citizen.find(map + " path.city-map-district[aria-label^='마포구']")
                        .getDomAttribute("tabindex"))
                .isEqualTo("0");

        citizen.press(map + " #map-table-toggle", Keys.ENTER);
        String mapo = map + " .map-table-district[data-district='11440']";
        citizen.find(mapo);
        assertThat(citizen.find(map + " #map-table-toggle").getDomAttribute("aria-expanded"))
                .isEqualTo("true");
        assertThat(citizen.text(map + " .map-table caption")).contains("초미세먼지");
        assertThat(citizen.all(map + " .map-table tbody tr")).hasSize(25);
        String value = citizen.text(map + " .map-table tr:has(.map-table-district[data-district='11440']) td");
        assertThat(value).contains("µg/m³");
        String level =
                citizen.text(map + " .map-table tr:has(.map-table-district[data-district='11440']) td:last-child");
        assertThat(level).as("the level in words").isNotBlank();
        citizen.screenshot("map-table-desktop");

        citizen.press(mapo, Keys.ENTER);
        citizen.waitForText(map + " .map-announcement", "마포구 " + value);
        assertThat(citizen.find(map + " .map-announcement").getDomAttribute("role"))
                .isEqualTo("status");
        citizen.waitForAttribute(".dashboard-canvas", "data-district", "11440", Duration.ofSeconds(10));
        citizen.waitForAttribute(
                map + " path.city-map-district[aria-label^='마포구']", "aria-current", "true", Duration.ofSeconds(10));
        assertThat(citizen.find(mapo).getDomAttribute("aria-pressed")).isEqualTo("true");
        citizen.screenshot("map-table-chosen-desktop");
        assertThat(citizen.accessibilityViolations(AccessibilityIT.RULES))
                .as("axe, map table shown")
                .isEmpty();

        Browser phone = browser(Browser.PHONE).open("/");
        phone.find(map + " path.city-map-district");
        phone.press(map + " #map-table-toggle", Keys.ENTER);
        phone.find(mapo);
        assertThat(phone.fitsWidth()).isTrue();
        phone.screenshot("map-table-phone");
        assertThat(phone.accessibilityViolations(AccessibilityIT.RULES))
                .as("axe, phone, map table shown")
                .isEmpty();
    }
}
