package kr.seoul.smartcity.e2e;

import java.time.Duration;

import kr.seoul.smartcity.citystatus.service.CityFeedService;
import kr.seoul.smartcity.citystatus.service.ObservationIngest;
import kr.seoul.smartcity.dev.SimulatedCityNow;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A citizen with a keyboard and no mouse (issue 24, WCAG 2.1.1 and 2.4.3): the browser gets only TAB, SHIFT+TAB,
 * ENTER, SPACE, the arrows, ESC and typed text, never a click. A widget's menu on the front page opens, keeps the
 * focus inside while open and gives it back to its button when closed; the language switches; a proposal goes from an
 * empty form through a refused attempt, whose error is announced and tied to its field, to its confirmation.
 */
class KeyboardOnlyIT extends BrowserTest {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @Autowired
    CityFeedService feed;

    @Autowired
    ObservationIngest ingest;

    @Test
    void theFrontPageWorksWithTheKeyboardAlone() {
        SimulatedCityNow.place(ingest, feed);
        Browser citizen = browser();
        citizen.open("/");
        citizen.drawn();

        // the first tile's menu, reached from the top of the page
        citizen.tabTo(".widget-menu", 80);
        String menu = citizen.focused();
        citizen.keys(Keys.ENTER);
        citizen.find(".widget-actions #widget-history");
        citizen.waitUntil(() -> citizen.focusIsIn(".widget-actions"), PATIENCE);
        citizen.screenshot("keyboard-widget-menu");

        // the dialog keeps the focus while it is open, both ways round
        for (int i = 0; i < 12; i++) {
            citizen.keys(Keys.TAB);
            assertThat(citizen.focusIsIn(".widget-actions"))
                    .as("TAB " + (i + 1) + " in the open dialog, focus on " + citizen.focused())
                    .isTrue();
        }
        for (int i = 0; i < 12; i++) {
            citizen.keys(Keys.SHIFT, Keys.TAB, Keys.SHIFT);
            assertThat(citizen.focusIsIn(".widget-actions"))
                    .as("SHIFT+TAB " + (i + 1) + " in the open dialog, focus on " + citizen.focused())
                    .isTrue();
        }

        // ESC closes it and the focus is back on the button that opened it
        citizen.keys(Keys.ESCAPE);
        citizen.waitUntil(() -> citizen.all(".widget-actions #widget-history").isEmpty(), PATIENCE);
        citizen.waitUntil(() -> citizen.focused().equals(menu), PATIENCE);

        // the tile opens: its history, from the menu, with SPACE this time
        citizen.keys(Keys.SPACE);
        citizen.find(".widget-actions #widget-history");
        citizen.tabTo("#widget-history", 10);
        citizen.keys(Keys.ENTER);
        citizen.waitUntil(() -> citizen.all(".widget-actions").isEmpty(), PATIENCE);
        citizen.find("vaadin-dialog-overlay, vaadin-dialog");
        citizen.screenshot("keyboard-widget-history");
        citizen.keys(Keys.ESCAPE);
        citizen.waitUntil(
                () -> citizen.all("vaadin-dialog[opened], vaadin-dialog-overlay[opened]")
                        .isEmpty(),
                PATIENCE);

        // the language, from the top bar (SHIFT+TAB back from where the focus is)
        for (int i = 0; i < 120 && !citizen.focusIsIn("#language-switch"); i++) {
            citizen.keys(Keys.SHIFT, Keys.TAB, Keys.SHIFT);
        }
        assertThat(citizen.focusIsIn("#language-switch"))
                .as("the language switch, focus on " + citizen.focused())
                .isTrue();
        citizen.keys(Keys.ENTER);
        citizen.waitUntil(() -> "en".equals(citizen.js("return document.documentElement.lang")), PATIENCE);
        citizen.settled();
        assertThat(citizen.text("#home-title")).doesNotContainPattern("[가-힣]");
        citizen.keys(Keys.TAB);
        citizen.tabTo("#language-switch", 20);
        citizen.keys(Keys.SPACE);
        citizen.waitUntil(() -> "ko".equals(citizen.js("return document.documentElement.lang")), PATIENCE);
    }

    @Test
    void aProposalIsMadeWithTheKeyboardAlone() {
        Browser citizen = browser();
        citizen.open("/civic/proposals");
        citizen.tabTo("#proposal-new", 60);
        citizen.keys(Keys.ENTER);
        citizen.find("#proposal-title-field");

        // the form opens with the focus in its first field; too short a title, the rest filled in
        citizen.waitUntil(() -> citizen.focusIsIn("#proposal-title-field"), PATIENCE);
        citizen.keys("그늘");
        citizen.keys(Keys.TAB);
        assertThat(citizen.focusIsIn("#proposal-department-field")).isTrue();
        citizen.keys(Keys.ARROW_DOWN);
        citizen.find("vaadin-combo-box-item");
        citizen.keys(Keys.ARROW_DOWN);
        citizen.keys(Keys.ENTER);
        citizen.waitUntil(
                () -> !String.valueOf(
                                citizen.js("return document.querySelector('#proposal-department-field input').value"))
                        .isEmpty(),
                PATIENCE);
        citizen.keys(Keys.TAB);
        assertThat(citizen.focusIsIn("#proposal-body-field"))
                .as("then the text, focus on " + citizen.focused())
                .isTrue();
        citizen.keys("여름 한낮 버스 정류장에 그늘이 없어 기다리기 힘듭니다. 그늘막을 늘려 주세요.");
        citizen.tabTo("#proposal-submit", 10);
        citizen.keys(Keys.ENTER);

        // the refusal: on the title, announced, tied to the field, and the focus is there
        citizen.waitForAttribute("#proposal-title-field input", "aria-invalid", "true", PATIENCE);
        citizen.waitUntil(() -> citizen.focusIsIn("#proposal-title-field"), PATIENCE);
        String error = citizen.text("#proposal-title-field [slot='error-message']");
        assertThat(error).isNotBlank();
        String errorId =
                citizen.find("#proposal-title-field [slot='error-message']").getAttribute("id");
        // Vaadin's field says a new error aloud through the page's shared live region (a clipped div at the end of
        // the body, aria-live="assertive" for field errors), so the person hears it as it appears
        citizen.waitUntil(() -> Boolean.TRUE.equals(citizen.js("""
                        return [...document.body.children].some(e => e.getAttribute('aria-live') === 'assertive'
                            && e.textContent.trim() === arguments[0].trim());
                        """, error)), PATIENCE);
        citizen.waitUntil(
                () -> String.valueOf(citizen.find("#proposal-title-field input").getAttribute("aria-describedby"))
                        .contains(errorId),
                PATIENCE);
        assertThat(citizen.find("#proposal-body-field textarea").getAttribute("aria-invalid"))
                .as("the text was long enough")
                .isNotEqualTo("true");
        citizen.screenshot("keyboard-proposal-refused");

        // corrected where the focus already is, then sent
        citizen.keys(Keys.END, "막을 늘려 주세요");
        citizen.tabTo("#proposal-submit", 10);
        citizen.keys(Keys.SPACE);
        citizen.waitUntil(() -> citizen.currentPath().matches("/civic/proposals/\\d+"), PATIENCE);
        citizen.waitForText("h1", "그늘막을 늘려 주세요");
        citizen.waitForText("vaadin-notification-card", "제안을 등록했습니다");
        citizen.screenshot("keyboard-proposal-sent");
    }
}
