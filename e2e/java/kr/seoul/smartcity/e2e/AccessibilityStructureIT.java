package kr.seoul.smartcity.e2e;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The page's language and structure as assistive technology meets them (issue 24): {@code <html lang>} says the
 * language the visitor chose, from the first byte and after switching; the first TAB reaches "본문 바로가기 / Skip to
 * content", which moves the focus to the content; every stop of the keyboard looks different while it has the focus.
 */
class AccessibilityStructureIT extends BrowserTest {

    @Test
    void thePageSaysTheLanguageTheVisitorChose() {
        Browser visitor = browser();
        visitor.open("/civic");
        assertThat(visitor.js("return document.documentElement.lang")).isEqualTo("ko");
        assertThat(servedPage(visitor))
                .as("the page as served, before any script")
                .contains("<html lang=\"ko\"");

        visitor.click("#language-switch");
        visitor.waitUntil(
                () -> "en".equals(visitor.js("return document.documentElement.lang")),
                java.time.Duration.ofSeconds(20));
        visitor.settled();
        assertThat(visitor.find("h1").getText())
                .as("the page is in English too")
                .doesNotContainPattern("[가-힣]");
        assertThat(servedPage(visitor)).contains("<html lang=\"en\"");
        assertThat(visitor.find("#language-switch").getAttribute("lang")).isEqualTo("ko");

        visitor.click("#language-switch");
        visitor.waitUntil(
                () -> "ko".equals(visitor.js("return document.documentElement.lang")),
                java.time.Duration.ofSeconds(20));
    }

    private static String servedPage(Browser browser) {
        return String.valueOf(browser.jsAsync("""
                const done = arguments[arguments.length - 1];
                fetch(location.pathname, {credentials: 'same-origin'}).then(r => r.text()).then(done);
                """));
    }

    @Test
    void theFirstTabOffersToSkipToTheContent() {
        for (java.util.function.Supplier<Browser> opened : List.<java.util.function.Supplier<Browser>>of(
                () -> browser().open("/civic/proposals"),
                () -> browser(Browser.PHONE).open("/status"))) {
            Browser visitor = opened.get();
            visitor.keys(Keys.TAB);
            assertThat(visitor.focusIsIn("#skip-to-content"))
                    .as("first TAB, focus on " + visitor.focused())
                    .isTrue();
            assertThat(visitor.find("#skip-to-content").getText()).isEqualTo("본문 바로가기");
            assertThat(visitor.js("""
                    const r = document.getElementById('skip-to-content').getBoundingClientRect();
                    return r.top >= 0 && r.bottom <= innerHeight && r.width > 0;"""))
                    .as("the skip link is in sight while it has the focus")
                    .isEqualTo(true);
            visitor.screenshot("skip-link-" + visitor.currentPath().replace('/', '-'));

            visitor.keys(Keys.ENTER);
            visitor.waitUntil(() -> visitor.focusIsIn("main"), java.time.Duration.ofSeconds(5));
            assertThat(visitor.js("""
                    const r = document.getElementById('skip-to-content').getBoundingClientRect();
                    return r.bottom <= 0;""")).as("out of sight again").isEqualTo(true);
            visitor.keys(Keys.TAB);
            assertThat(visitor.focusIsIn("main"))
                    .as("the next TAB stays in the content, on " + visitor.focused())
                    .isTrue();
        }
    }

    @Test
    void everyStopOfTheKeyboardShowsTheFocus() {
        Browser visitor = browser();
        List<String> unseen = new ArrayList<>();
        for (String path : List.of("/", "/civic/proposals", "/status")) {
            visitor.open(path);
            visitor.drawn();
            if (path.equals("/civic/proposals")) {
                // the form's fields too
                visitor.click("#proposal-new");
                visitor.find("#proposal-title-field");
                visitor.js("document.activeElement.blur(); window.scrollTo(0, 0)");
            }
            visitor.keys(Keys.TAB);
            for (int stop = 0; stop < 40; stop++) {
                String where = visitor.focused();
                visitor.rememberFocusedLook("stop");
                visitor.keys(Keys.TAB);
                if (!where.equals("body") && !visitor.looksChangedSinceFocused("stop")) {
                    unseen.add(where + " on " + path);
                }
            }
        }
        assertThat(unseen)
                .as("elements that look the same with and without the keyboard's focus")
                .isEmpty();
    }

    /**
     * A page with nothing for the keyboard to reach in its content (here the disasters page, in a short window so
     * that it scrolls) can still be scrolled by keyboard: its content area is then a tab stop (axe
     * scrollable-region-focusable, which CI found on the disasters, published directives and data issue pages once
     * other tests had filled them).
     */
    @Test
    void aPageWithNothingToTabToIsStillScrolledByKeyboard() {
        Browser visitor = browser(new Dimension(900, 360));
        visitor.open("/disasters");
        visitor.drawn();
        String area = "document.querySelector('vaadin-app-layout').shadowRoot.querySelector('[part~=\"content\"]')";
        visitor.waitUntil(
                () -> Boolean.TRUE.equals(visitor.js("const a = " + area + "; return a.scrollHeight > a.clientHeight")),
                Duration.ofSeconds(10));
        boolean reachable = Boolean.TRUE.equals(
                visitor.js("return !!document.querySelector('vaadin-app-layout > main').querySelector('a[href], button,"
                        + " input, [tabindex]:not([tabindex=\"-1\"]), vaadin-grid, vaadin-details, vaadin-tabs')"));
        if (!reachable) {
            assertThat(visitor.js("return " + area + ".getAttribute('tabindex')"))
                    .isEqualTo("0");
            visitor.js("return " + area + ".focus()");
            visitor.keys(Keys.END);
            visitor.waitUntil(
                    () -> ((Number) visitor.js("return " + area + ".scrollTop")).doubleValue() > 0,
                    Duration.ofSeconds(5));
        }
        assertThat(visitor.accessibilityViolations(AccessibilityIT.RULES))
                .filteredOn(violation -> violation.startsWith("scrollable-region-focusable"))
                .isEmpty();
    }
}
