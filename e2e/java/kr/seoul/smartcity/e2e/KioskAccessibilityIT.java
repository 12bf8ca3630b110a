package kr.seoul.smartcity.e2e;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The station kiosk for everyone (issue 24): high contrast and large text switched on at the screen by keyboard, 44 px
 * touch targets and no axe violations in every mode on a 1920x1080 screen, the rotation paused and stepped by
 * keyboard. (What the live region says is ChangeAnnouncerTest's.)
 */
class KioskAccessibilityIT extends BrowserTest {

    static final Dimension WALL = new Dimension(1920, 1080);
    static final Dimension PORTRAIT = new Dimension(1080, 1920);

    @Test
    void contrastAndLargeTextAreSwitchedByKeyboardAndEveryModeHasLargeTargetsAndNoViolations() {
        Browser kiosk = browser(WALL).open("/kiosk");
        // paused, the screen stays on one panel while it is scanned, and waits longer before it starts over
        // (clicked by script, so that the keyboard's Tab still starts at the top of the page)
        kiosk.js("document.getElementById('kiosk-pause').click()");
        kiosk.waitForAttribute(".dashboard-player", "data-paused", "true", Duration.ofSeconds(5));
        checkMode(kiosk, "kiosk-normal-1920");

        // the first stops from the top of the page: the two modes
        assertThat(tabTo(kiosk, "kiosk-contrast")).as("tabs from the top").isLessThanOrEqualTo(3);
        kiosk.keys(Keys.ENTER);
        kiosk.waitForAttribute("#kiosk-contrast", "aria-pressed", "true", Duration.ofSeconds(5));
        assertThat(kiosk.find("main.kiosk").getAttribute("class")).contains("kiosk-contrast");
        checkMode(kiosk, "kiosk-contrast-1920");
        // every text at least 7:1 in high contrast (axe's enhanced contrast rule, WCAG 1.4.6)
        assertThat(kiosk.accessibilityViolations(List.of("wcag2aaa")))
                .filteredOn(line -> line.startsWith("color-contrast"))
                .isEmpty();

        kiosk.keys(Keys.TAB);
        assertThat(kiosk.focusedId()).isEqualTo("kiosk-large-text");
        kiosk.keys(Keys.SPACE);
        kiosk.waitForAttribute("#kiosk-large-text", "aria-pressed", "true", Duration.ofSeconds(5));
        kiosk.shiftTab();
        kiosk.keys(Keys.ENTER);
        kiosk.waitForAttribute("#kiosk-contrast", "aria-pressed", "false", Duration.ofSeconds(5));
        assertThat(kiosk.js("return getComputedStyle(document.documentElement).fontSize"))
                .isEqualTo("28px");
        checkMode(kiosk, "kiosk-large-1920");
        assertNothingClipped(kiosk);
    }

    @Test
    void largeTextFitsAPortraitScreenAndTheModesEndWithTheIdleReset() {
        Browser kiosk = browser(PORTRAIT).open("/kiosk");
        kiosk.click("#kiosk-large-text");
        kiosk.click("#kiosk-contrast");
        kiosk.waitForAttribute("#kiosk-contrast", "aria-pressed", "true", Duration.ofSeconds(5));
        kiosk.drawn();
        kiosk.screenshot("kiosk-large-contrast-portrait");
        assertThat(kiosk.fitsWidth()).as("no sideways scrolling at 1080x1920").isTrue();
        assertNothingClipped(kiosk);
        assertThat(smallTargets(kiosk)).isEmpty();

        // the person leaves: after the idle time (7 s in tests) the next person finds the kiosk as it starts
        kiosk.waitForAttribute("#kiosk-contrast", "aria-pressed", "false", Duration.ofSeconds(30));
        kiosk.waitForAttribute("#kiosk-large-text", "aria-pressed", "false", Duration.ofSeconds(5));
        assertThat(kiosk.find("main.kiosk").getAttribute("class")).doesNotContain("kiosk-contrast", "kiosk-large-text");
    }

    @Test
    void theRotationIsPausedAndSteppedByKeyboard() {
        Browser kiosk = browser(WALL).open("/kiosk");
        kiosk.js("document.getElementById('kiosk-previous').focus()");
        kiosk.keys(Keys.TAB);
        assertThat(kiosk.focusedId()).isEqualTo("kiosk-pause");
        kiosk.keys(Keys.ENTER);
        kiosk.waitForAttribute(".dashboard-player", "data-paused", "true", Duration.ofSeconds(5));
        assertThat(kiosk.text("#kiosk-pause")).isEqualTo("자동 넘김 다시 시작");

        String before = kiosk.find("#kiosk-stage").getAttribute("data-panel");
        kiosk.keys(Keys.TAB);
        assertThat(kiosk.focusedId()).isEqualTo("kiosk-next");
        kiosk.keys(Keys.ENTER);
        String next = String.valueOf(
                (Integer.parseInt(before) + 1) % kiosk.all(".kiosk-dot").size());
        kiosk.waitForAttribute("#kiosk-stage", "data-panel", next, Duration.ofSeconds(5));
        kiosk.shiftTab();
        kiosk.shiftTab();
        assertThat(kiosk.focusedId()).isEqualTo("kiosk-previous");
        kiosk.keys(Keys.ENTER);
        kiosk.waitForAttribute("#kiosk-stage", "data-panel", before, Duration.ofSeconds(5));

        // paused, the panel stays past several rotation periods (3 s) and past the idle time (7 s in tests)
        Instant until = Instant.now().plusSeconds(10);
        kiosk.waitUntil(
                () -> {
                    assertThat(kiosk.find("#kiosk-stage").getAttribute("data-panel"))
                            .as("held while paused")
                            .isEqualTo(before);
                    return Instant.now().isAfter(until);
                },
                Duration.ofSeconds(20));
        kiosk.click("#kiosk-pause");
        kiosk.waitForAttribute(".dashboard-player", "data-paused", "false", Duration.ofSeconds(5));
        kiosk.waitUntil(
                () -> !before.equals(kiosk.find("#kiosk-stage").getAttribute("data-panel")), Duration.ofSeconds(20));
    }

    private static int tabTo(Browser browser, String id) {
        for (int presses = 1; presses <= 20; presses++) {
            browser.keys(Keys.TAB);
            if (id.equals(browser.focusedId())) {
                return presses;
            }
        }
        throw new AssertionError("#" + id + " not reached by Tab");
    }

    private static void checkMode(Browser kiosk, String screenshot) {
        kiosk.drawn();
        kiosk.screenshot(screenshot);
        assertThat(kiosk.accessibilityViolations(AccessibilityIT.RULES))
                .as(screenshot)
                .isEmpty();
        assertThat(smallTargets(kiosk)).as(screenshot).isEmpty();
        assertThat(kiosk.fitsWidth()).as(screenshot + ": no sideways scrolling").isTrue();
    }

    /** Every visible button, link and [role=button] smaller than 44x44 CSS px, with its size. */
    @SuppressWarnings("unchecked")
    private static List<String> smallTargets(Browser kiosk) {
        return (List<String>) kiosk.js("""
                const targets = document.querySelectorAll('button, a[href], [role=button], vaadin-button');
                return [...targets].filter(e => {
                  const r = e.getBoundingClientRect();
                  return r.width > 0 && r.height > 0 && getComputedStyle(e).visibility !== 'hidden'
                      && (r.width < 44 || r.height < 44);
                }).map(e => {
                  const r = e.getBoundingClientRect();
                  return (e.id || e.className || e.tagName) + ' ' + Math.round(r.width) + 'x' + Math.round(r.height);
                });""");
    }

    /** No tile cuts its name or value off (tiles hide what overflows them). */
    private static void assertNothingClipped(Browser kiosk) {
        assertThat(kiosk.js("""
                return [...document.querySelectorAll('.kiosk .tile')]
                    .filter(t => t.scrollWidth > t.clientWidth + 1 || t.scrollHeight > t.clientHeight + 1)
                    .map(t => t.dataset.indicator + ' ' + t.scrollWidth + '/' + t.clientWidth);""")).isEqualTo(List.of());
    }
}
