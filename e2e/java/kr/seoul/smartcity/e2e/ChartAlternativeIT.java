package kr.seoul.smartcity.e2e;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import kr.seoul.smartcity.citystatus.domain.Origin;
import kr.seoul.smartcity.citystatus.service.ObservationIngest;
import kr.seoul.smartcity.citystatus.service.ObservationInput;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A history chart without seeing it (issue 24, WCAG 1.1.1, 4.1.2): its description in words built from its data, and
 * its numbers as a table that the keyboard opens and closes, at laptop and phone width.
 */
class ChartAlternativeIT extends BrowserTest {

    @Autowired
    ObservationIngest ingest;

    @Test
    void aHistoryChartSaysWhatItShowsAndShowsTheSameNumbersAsATable() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
        ingest.record(
                List.of(
                        new ObservationInput("AIR_PM25", "11500", now.minus(3, ChronoUnit.HOURS), 21),
                        new ObservationInput("AIR_PM25", "11500", now.minus(2, ChronoUnit.HOURS), 88),
                        new ObservationInput("AIR_PM25", "11500", now.minus(1, ChronoUnit.HOURS), 15)),
                Origin.FEED,
                null);
        Browser citizen = browser(AccessibilityIT.LAPTOP).open("/district/11500");
        String chart = "vaadin-dialog city-apex-chart";
        openHistory(citizen, chart);
        citizen.screenshot("chart-drawing-desktop");
        String description = description(citizen, chart);
        assertThat(description).contains("초미세먼지", "→", "최저", "최고", "µg/m³");
        assertThat(citizen.find(chart).getDomAttribute("role")).isEqualTo("group");
        assertThat(citizen.find(chart).getDomAttribute("aria-label")).contains("초미세먼지");
        assertThat(citizen.find(chart).getDomAttribute("aria-describedby"))
                .isEqualTo(citizen.find(chart + " .city-chart-description").getDomAttribute("id"));
        assertThat(citizen.find(chart + " .city-chart-plot").getDomAttribute("aria-hidden"))
                .as("the drawing is not read out: the words and the table are")
                .isEqualTo("true");

        citizen.press(chart + " .city-chart-toggle", Keys.ENTER);
        citizen.find(chart + " .city-chart-table table");
        assertThat(citizen.find(chart + " .city-chart-toggle").getText()).isEqualTo("차트로 보기");
        assertThat(citizen.find(chart + " .city-chart-toggle").getDomAttribute("aria-expanded"))
                .isEqualTo("true");
        assertThat(citizen.text(chart + " .city-chart-table caption")).contains("초미세먼지");
        assertThat(citizen.all(chart + " .city-chart-table thead th[scope='col']"))
                .hasSizeGreaterThanOrEqualTo(2);
        assertThat(citizen.all(chart + " .city-chart-table tbody th[scope='row']"))
                .hasSizeGreaterThanOrEqualTo(3);
        List<String> cells = citizen.all(chart + " .city-chart-table tbody td").stream()
                .map(cell -> String.valueOf(citizen.js("return arguments[0].textContent", cell))
                        .strip())
                .toList();
        // every number the words give (first, last, lowest, highest) is a value in the table
        Matcher numbers = Pattern.compile(": ([\\d.,]+) → ([\\d.,]+) µg/m³, 최저 ([\\d.,]+) µg/m³, 최고 ([\\d.,]+) µg/m³")
                .matcher(description);
        assertThat(numbers.find()).as(description).isTrue();
        for (int group = 1; group <= 4; group++) {
            assertThat(cells).contains(numbers.group(group));
        }
        assertThat(cells).contains("88");
        citizen.screenshot("chart-table-desktop");
        assertThat(citizen.accessibilityViolations(AccessibilityIT.RULES))
                .filteredOn(
                        violation -> !AccessibilityIT.vaadinTabsScrollContainer(violation)) // the dialog's range tabs
                .as("axe, chart table shown")
                .isEmpty();

        citizen.press(chart + " .city-chart-toggle", Keys.ENTER);
        citizen.waitUntil(() -> citizen.all(chart + " .city-chart-table table").isEmpty(), Duration.ofSeconds(5));
        assertThat(citizen.find(chart + " .city-chart-toggle").getText()).isEqualTo("표로 보기");
        assertThat(citizen.find(chart + " .city-chart-toggle").getDomAttribute("aria-expanded"))
                .isEqualTo("false");

        Browser phone = browser(Browser.PHONE).open("/district/11500");
        openHistory(phone, chart);
        phone.screenshot("chart-drawing-phone");
        phone.press(chart + " .city-chart-toggle", Keys.ENTER);
        phone.find(chart + " .city-chart-table table");
        assertThat(phone.fitsWidth()).isTrue();
        phone.screenshot("chart-table-phone");
        assertThat(phone.accessibilityViolations(AccessibilityIT.RULES))
                .filteredOn(
                        violation -> !AccessibilityIT.vaadinTabsScrollContainer(violation)) // the dialog's range tabs
                .as("axe, phone, chart table shown")
                .isEmpty();
    }

    private static void openHistory(Browser browser, String chart) {
        browser.press(".tile[data-indicator='AIR_PM25']", Keys.ENTER);
        browser.find(chart + " .city-chart-toggle");
        // the drawing is there too (ApexCharts is loaded with the first chart, which may take a while under load)
        browser.waitUntil(() -> browser.isPresent(chart + " .city-chart-plot svg"), Duration.ofSeconds(90));
    }

    private static String description(Browser browser, String chart) {
        return String.valueOf(browser.js(
                "return arguments[0].querySelector('.city-chart-description').textContent", browser.find(chart)));
    }
}
