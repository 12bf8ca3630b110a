package kr.seoul.smartcity.e2e;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import kr.seoul.smartcity.approval.domain.DisclosureLevel;
import kr.seoul.smartcity.approval.domain.DocumentStatus;
import kr.seoul.smartcity.approval.domain.FormType;
import kr.seoul.smartcity.approval.domain.LineEntry;
import kr.seoul.smartcity.approval.domain.Retention;
import kr.seoul.smartcity.approval.service.Actor;
import kr.seoul.smartcity.approval.service.ApprovalService;
import kr.seoul.smartcity.approval.service.Box;
import kr.seoul.smartcity.approval.service.DocumentDraft;
import kr.seoul.smartcity.approval.service.DocumentView;
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
 * empty form through a refused attempt, whose error is announced and tied to its field, to its confirmation. On the
 * staff side, signed in as anyone would be, the mayor finds a document in the 결재 box, opens it and approves it, and
 * an official's new draft refused for want of a title puts the focus on the title.
 */
class KeyboardOnlyIT extends BrowserTest {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @Autowired
    CityFeedService feed;

    @Autowired
    ObservationIngest ingest;

    @Autowired
    ApprovalService approval;

    /** Waits until the focus is in the element; if it never gets there, says where it is. */
    private static void focusReaches(Browser browser, String css) {
        try {
            browser.waitUntil(() -> browser.focusIsIn(css), PATIENCE);
        } catch (org.openqa.selenium.TimeoutException never) {
            throw new AssertionError("the focus never reached " + css + "; it is on " + browser.focused(), never);
        }
    }

    /** A report by the traffic official, submitted with the mayor alone on its approval line. */
    private DocumentView waitingForTheMayor(String title) {
        Actor traffic = Actor.of("traffic");
        DocumentView draft = approval.saveDraft(
                traffic,
                null,
                0,
                new DocumentDraft(
                        FormType.REPORT,
                        title,
                        "# " + title + "\n\n교차로 신호 주기를 조정했습니다.",
                        null,
                        DisclosureLevel.PUBLIC,
                        null,
                        Retention.YEARS_5,
                        List.of("교통"),
                        List.of(LineEntry.approval("mayor")),
                        List.of(),
                        List.of()));
        return approval.submit(traffic, draft.document().id(), draft.document().revision());
    }

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

    @Test
    void theMayorApprovesADocumentWithTheKeyboardAlone() {
        String title = "키보드 결재 시험 " + UUID.randomUUID().toString().substring(0, 6);
        long id = waitingForTheMayor(title).document().id();
        String row = ".approval-row[data-document-id='" + id + "']";
        Browser mayor = browser();
        mayor.signIn("mayor", "mayor");
        mayor.open("/approval");
        assertThat(mayor.find("#box-to-approve").getAttribute("aria-selected")).isEqualTo("true");
        mayor.waitForText("#approval-list", title);

        // from the top of the page to the document in the 미결 box, and into it
        mayor.tabTo(row + " .approval-title", 150);
        mayor.keys(Keys.ENTER);
        mayor.waitUntil(() -> mayor.currentPath().equals("/approval/document/" + id), PATIENCE);
        mayor.waitForText("#document-title", title);
        mayor.tabTo("#action-approve", 150);

        // the confirmation opens with the focus in it, keeps it there both ways round, and ESC gives it back
        mayor.keys(Keys.ENTER);
        mayor.find("vaadin-dialog .approve-confirm");
        mayor.waitUntil(() -> mayor.focusIsIn("vaadin-dialog"), PATIENCE);
        for (int i = 0; i < 6; i++) {
            mayor.keys(Keys.TAB);
            assertThat(mayor.focusIsIn("vaadin-dialog"))
                    .as("TAB " + (i + 1) + " in the open dialog, focus on " + mayor.focused())
                    .isTrue();
        }
        for (int i = 0; i < 6; i++) {
            mayor.shiftTab();
            assertThat(mayor.focusIsIn("vaadin-dialog"))
                    .as("SHIFT+TAB " + (i + 1) + " in the open dialog, focus on " + mayor.focused())
                    .isTrue();
        }
        mayor.keys(Keys.ESCAPE);
        mayor.waitUntil(() -> mayor.all("vaadin-dialog[opened]").isEmpty(), PATIENCE);
        focusReaches(mayor, "#action-approve");
        assertThat(approval.find("mayor", id).orElseThrow().document().status())
                .as("ESC approves nothing")
                .isNotEqualTo(DocumentStatus.COMPLETED);

        // again with SPACE, a comment typed where the focus lands, confirmed with ENTER
        mayor.keys(Keys.SPACE);
        mayor.find("vaadin-dialog .approve-confirm");
        mayor.waitUntil(() -> mayor.focusIsIn("vaadin-dialog"), PATIENCE);
        mayor.tabTo("vaadin-dialog .approval-comment", 5);
        mayor.keys("키보드로 검토했습니다");
        mayor.tabTo("vaadin-dialog .approve-confirm", 5);
        mayor.screenshot("keyboard-approval-confirm");
        mayor.keys(Keys.ENTER);
        mayor.waitForText(".approval-heading", "완결");
        mayor.waitForText("#approval-line", "키보드로 검토했습니다");
        mayor.waitForText("vaadin-notification-card", "결재했습니다");

        // the button is gone with the action done: the focus is on the document's heading, not lost to the page
        mayor.settled();
        focusReaches(mayor, "#document-title");
        mayor.screenshot("keyboard-approval-done");

        // back to the boxes through the menu: the document has left 미결
        for (int i = 0; i < 150 && !mayor.focusIsIn("vaadin-side-nav-item[path='/approval']"); i++) {
            mayor.shiftTab();
        }
        assertThat(mayor.focusIsIn("vaadin-side-nav-item[path='/approval']"))
                .as("the 결재 menu item, focus on " + mayor.focused())
                .isTrue();
        mayor.keys(Keys.ENTER);
        mayor.waitUntil(() -> mayor.currentPath().equals("/approval"), PATIENCE);
        mayor.find("#approval-list");
        mayor.waitUntil(() -> !mayor.text("#approval-list").contains(title), PATIENCE);
        assertThat(mayor.all(row)).isEmpty();
    }

    @Test
    void aNewDraftWithoutATitleIsRefusedAtTheTitleWithTheKeyboardAlone() {
        Browser official = browser();
        official.signIn("traffic", "traffic");
        official.open("/approval");
        official.tabTo("#new-draft", 150);
        official.keys(Keys.ENTER);
        official.waitUntil(() -> official.currentPath().equals("/approval/draft"), PATIENCE);
        official.find("#draft-title");

        // the body written, the title forgotten, then 임시저장
        official.tabTo("#draft-body", 150);
        official.keys("신호 주기 조정 결과를 보고합니다.");
        official.tabTo("#draft-save", 60);
        official.keys(Keys.ENTER);

        official.waitForAttribute("#draft-title input", "aria-invalid", "true", PATIENCE);
        official.waitUntil(() -> official.focusIsIn("#draft-title"), PATIENCE);
        String error = official.text("#draft-title [slot='error-message']");
        assertThat(error).isEqualTo("제목을 입력하세요.");
        official.waitUntil(
                () -> String.valueOf(official.find("#draft-title input").getAttribute("aria-describedby"))
                        .contains(official.find("#draft-title [slot='error-message']")
                                .getAttribute("id")),
                PATIENCE);
        official.screenshot("keyboard-draft-refused");

        // typed where the focus already is, saved again: the draft is kept and the error is gone
        String title = "신호 주기 조정 보고 " + UUID.randomUUID().toString().substring(0, 6);
        official.keys(title);
        official.tabTo("#draft-save", 60);
        official.keys(Keys.SPACE);
        official.waitUntil(() -> official.currentPath().matches("/approval/draft/\\d+"), PATIENCE);
        official.waitForText("vaadin-notification-card", "임시저장했습니다");
        assertThat(official.all("#draft-title input").getFirst().getAttribute("aria-invalid"))
                .isNotEqualTo("true");
        assertThat(official.all("#draft-title [slot='error-message']")
                        .getFirst()
                        .getText())
                .isBlank();
        assertThat(approval.box("traffic", Box.DRAFTS))
                .anyMatch(doc -> doc.title().equals(title) && doc.body().contains("신호 주기 조정 결과"));
        // the saved draft takes attachments, and their upload speaks the page's language (it said "Upload Files..."
        // and "Drop files here")
        official.find("#draft-upload");
        assertThat(official.js("const u = document.getElementById('draft-upload');"
                        + " return [u.i18n.addFiles.many, u.i18n.dropFiles.many, u.i18n.file.remove]"))
                .isEqualTo(List.of("파일 선택", "또는 파일을 여기에 끌어 놓으세요", "빼기"));
        official.screenshot("keyboard-draft-saved-upload");
    }
}
