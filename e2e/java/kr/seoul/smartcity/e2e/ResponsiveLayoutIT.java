package kr.seoul.smartcity.e2e;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.TimeoutException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public home, the login and the mayor's office at desktop and phone width: nothing runs off the side of the
 * screen, and on a phone the navigation folds into the drawer. Saves screenshots to target/screenshots.
 */
class ResponsiveLayoutIT extends BrowserTest {

    @Test
    void desktop() {
        check(Browser.DESKTOP, "desktop");
    }

    @Test
    void phone() {
        check(Browser.PHONE, "phone");
    }

    private void check(Dimension size, String name) {
        Browser browser = browser(size);
        browser.open("/");
        assertFits(browser);
        assertDrawer(browser, size);
        browser.screenshot("public-home-" + name);

        browser.open("/login");
        assertFits(browser);
        browser.screenshot("login-" + name);

        for (String[] page : new String[][] {
            {"/status", "#category-tiles .tile", "status"},
            {"/district/11440", ".district-view .tile", "district"},
            {"/disasters", "#incidents", "disasters"},
            {"/kiosk", "#kiosk-stage .tile", "kiosk"}
        }) {
            browser.open(page[0]);
            browser.find(page[1]);
            assertFits(browser);
            browser.screenshot(page[2] + "-" + name);
        }

        browser.signIn("mayor", "mayor");
        browser.waitForPath("/office");
        browser.find(".platform-status");
        assertFits(browser);
        assertDrawer(browser, size);
        browser.screenshot("mayor-office-" + name);
        browser.open("/alerts");
        browser.find("#open-alerts");
        assertFits(browser);
        browser.screenshot("alerts-" + name);
    }

    @Test
    void directEntryOnAPhone() {
        Browser official = browser(Browser.PHONE);
        official.signIn("climate", "climate");
        official.open("/manage");
        official.find("#csv-upload");
        assertFits(official);
        official.screenshot("manage-phone");
    }

    private static void assertFits(Browser browser) {
        Object overflow = browser.js("""
                return Math.max(document.documentElement.scrollWidth - window.innerWidth,
                    ...Array.from(document.querySelectorAll('main')).map(m => m.scrollWidth - m.clientWidth));
                """);
        assertThat(((Number) overflow).intValue())
                .as("horizontal overflow in px")
                .isLessThanOrEqualTo(0);
    }

    private static void assertDrawer(Browser browser, Dimension size) {
        boolean phone = size.getWidth() < 600;
        // the app layout decides its overlay mode in a ResizeObserver callback and the next animation frame, so
        // right after the page has settled it may still be on its way: wait for it, then check both states
        try {
            browser.waitUntil(
                    () -> Boolean.valueOf(phone)
                            .equals(browser.js(
                                    "return document.querySelector('vaadin-app-layout').hasAttribute('overlay')")),
                    Duration.ofSeconds(5));
        } catch (TimeoutException reportedBelow) {
            // the assertion below says what was found
        }
        Object overlay = browser.js("return document.querySelector('vaadin-app-layout').hasAttribute('overlay')");
        Object opened = browser.js("return document.querySelector('vaadin-app-layout').drawerOpened");
        assertThat(overlay).as("drawer overlays the page").isEqualTo(phone);
        assertThat(opened).as("drawer open at start").isEqualTo(!phone);
    }
}
