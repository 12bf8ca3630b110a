package kr.seoul.smartcity.e2e;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import kr.seoul.smartcity.approval.domain.Absence;
import kr.seoul.smartcity.approval.domain.DisclosureLevel;
import kr.seoul.smartcity.approval.domain.DocumentStatus;
import kr.seoul.smartcity.approval.domain.FormType;
import kr.seoul.smartcity.approval.domain.LineEntry;
import kr.seoul.smartcity.approval.domain.Retention;
import kr.seoul.smartcity.approval.service.Actor;
import kr.seoul.smartcity.approval.service.ApprovalService;
import kr.seoul.smartcity.approval.service.ApprovalSettings;
import kr.seoul.smartcity.approval.service.Box;
import kr.seoul.smartcity.approval.service.DocumentDraft;
import kr.seoul.smartcity.approval.service.DocumentView;
import kr.seoul.smartcity.base.domain.Seoul;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** 전자결재 in the browser: drafting, live boxes, approval, rejection, races and the public documents. */
class ApprovalFlowIT extends BrowserTest {

    private static final Duration LIVE = Duration.ofSeconds(15);

    @Autowired
    ApprovalService approval;

    @Autowired
    ApprovalSettings settings;

    private static String unique(String title) {
        return title + " " + UUID.randomUUID().toString().substring(0, 6);
    }

    private DocumentView submitted(String title, DisclosureLevel disclosure, List<LineEntry> line) {
        Actor traffic = Actor.of("traffic");
        DocumentView draft = approval.saveDraft(
                traffic,
                null,
                0,
                new DocumentDraft(
                        FormType.REPORT,
                        title,
                        "# " + title + "\n\n**교통** 보고입니다.",
                        null,
                        disclosure,
                        disclosure == DisclosureLevel.PUBLIC ? null : 5,
                        Retention.YEARS_5,
                        List.of("교통"),
                        line,
                        List.of(),
                        List.of()));
        return approval.submit(traffic, draft.document().id(), draft.document().revision());
    }

    @Test
    void aSubstituteApprovesOnAPhoneWhileTheApproverIsAway() {
        LocalDate today = LocalDate.now(Seoul.ZONE);
        Absence away = settings.addAbsence(Actor.of("director"), "director", "deputy", today, today.plusDays(1));
        try {
            String title = unique("대결 시험");
            long id = submitted(title, DisclosureLevel.PUBLIC, List.of(LineEntry.approval("director")))
                    .document()
                    .id();
            Browser deputy = browser(Browser.PHONE);
            deputy.signIn("deputy", "deputy");
            deputy.open("/approval");
            deputy.waitForText("#approval-list", title);
            deputy.screenshot("approval-boxes-phone");
            deputy.open("/approval/document/" + id);
            approveOnPage(deputy);
            deputy.waitForText("#approval-line", "대결");
            assertThat(deputy.text("#approval-line")).contains("deputy").contains("director");
            assertThat(approval.find("traffic", id).orElseThrow().document().status())
                    .isEqualTo(DocumentStatus.COMPLETED);
            deputy.screenshot("approval-document-phone");
        } finally {
            settings.removeAbsence(Actor.of("director"), away.id());
        }
    }

    @Test
    void aDraftIsSavedAutomaticallyWhileBeingWritten() {
        String title = unique("자동 저장 시험");
        Browser drafter = browser();
        drafter.signIn("climate", "climate");
        drafter.open("/approval/draft");
        drafter.type("#draft-title", title);
        addLineRow(drafter, "#line-add-approval", 1);
        drafter.type("#draft-body", "아직 쓰는 중입니다.");
        drafter.waitForText("#autosave-status", "자동 저장됨");
        drafter.waitUntil(
                () -> approval.box("climate", Box.DRAFTS).stream()
                        .anyMatch(doc -> doc.title().equals(title) && doc.body().contains("쓰는 중")),
                Duration.ofSeconds(15));
        drafter.settled();
        assertThat(drafter.all("#line-rows .line-row"))
                .as("a line row still being filled in survives the save")
                .hasSize(1);
        assertThat(drafter.currentPath()).startsWith("/approval/draft/");
    }

    @Test
    void aDraftSubmittedIncompleteSaysWhatIsMissingAtEachFieldAndFocusesTheFirst() {
        Browser drafter = browser();
        drafter.signIn("climate", "climate");
        drafter.open("/approval/draft");
        drafter.settled();
        drafter.click("#draft-submit");
        drafter.waitForAttribute("#draft-title input", "aria-invalid", "true", LIVE);
        assertThat(drafter.text("#draft-title [slot=error-message]")).isEqualTo("제목을 입력하세요.");
        assertThat(drafter.find("#draft-title input").getAttribute("aria-describedby"))
                .as("the field's description names its error, so that it is read with the field")
                .contains(drafter.find("#draft-title [slot=error-message]").getAttribute("id"));
        assertThat(focusedWithin(drafter, "#draft-title"))
                .as("the first field at fault has the focus")
                .isTrue();
        assertThat(drafter.text("#line-error")).isEqualTo("결재선에 결재자를 한 명 이상 넣으세요.");
        assertThat(drafter.find("#line-add-approval").getAttribute("aria-describedby"))
                .isEqualTo("line-error");
        drafter.screenshot("approval-draft-errors");

        drafter.type("#draft-title", unique("오류 안내 시험"));
        drafter.click("#draft-submit");
        drafter.waitUntil(() -> focusedWithin(drafter, "#line-add-approval"), LIVE);
    }

    private static boolean focusedWithin(Browser browser, String css) {
        return Boolean.TRUE.equals(browser.js(
                "const a = document.activeElement; " + "return a !== null && a.closest(arguments[0]) !== null;", css));
    }

    /** Adds a row to the approval line; a click that only closed a list is made again. */
    private static void addLineRow(Browser drafter, String button, int rows) {
        for (int attempt = 0; attempt < 3 && drafter.all("#line-rows .line-row").size() < rows; attempt++) {
            drafter.click(button);
            drafter.settled();
        }
        assertThat(drafter.all("#line-rows .line-row")).hasSize(rows);
    }

    private static void approveOnPage(Browser browser) {
        browser.click("#action-approve");
        browser.click("vaadin-dialog .approve-confirm");
    }

    @Test
    void aDraftTravelsTheLineAndEveryoneSeesItLive() {
        String title = unique("신호체계 개선 보고");
        Browser drafter = browser();
        drafter.signIn("traffic", "traffic");
        drafter.open("/approval/draft");
        drafter.type("#draft-title", title);
        drafter.type("#draft-body", "# 개선안\n\n- 교차로 12곳");
        // line: director reviews, mayor approves
        addLineRow(drafter, "#line-add-review", 1);
        drafter.type("#line-rows .line-row .line-person", "director");
        drafter.press("#line-rows .line-row .line-person input", Keys.ENTER, Keys.TAB);
        drafter.settled();
        addLineRow(drafter, "#line-add-approval", 2);
        drafter.type("#line-rows .line-row ~ .line-row .line-person", "mayor");
        drafter.press("#line-rows .line-row ~ .line-row .line-person input", Keys.ENTER, Keys.TAB);
        drafter.settled();
        drafter.screenshot("approval-editor");
        drafter.click("#draft-submit");
        drafter.waitForText("#approval-line", "director");
        assertThat(drafter.currentPath()).startsWith("/approval/document/");
        String documentPath = drafter.currentPath();

        Browser mayor = browser();
        mayor.signIn("mayor", "mayor");
        mayor.open("/approval");
        assertThat(mayor.text("#approval-list")).doesNotContain(title);

        Browser director = browser();
        director.signIn("director", "director");
        director.open("/approval");
        director.waitForText("#approval-list", title);
        director.screenshot("approval-boxes");
        director.open(documentPath);
        approveOnPage(director);
        director.waitForText("#approval-line", "승인");

        mayor.waitForText("#approval-list", title, LIVE);
        mayor.screenshot("approval-mayor-list");
        mayor.open(documentPath);
        mayor.screenshot("approval-document");
        approveOnPage(mayor);

        drafter.waitForText(".approval-heading", "완결", LIVE);
        drafter.screenshot("approval-document-completed");
    }

    @Test
    void aRejectedDocumentIsRedraftedAsVersionTwo() {
        String title = unique("버스 노선 조정");
        DocumentView doc = submitted(title, DisclosureLevel.PUBLIC, List.of(LineEntry.approval("mayor")));
        long id = doc.document().id();

        Browser mayor = browser();
        mayor.signIn("mayor", "mayor");
        mayor.open("/approval/document/" + id);
        mayor.click("#action-reject-to-drafter");
        mayor.type("vaadin-dialog .approval-comment", "예산 근거를 보완하세요");
        mayor.click("vaadin-dialog .reject-confirm");
        mayor.waitForText(".approval-heading", "반려");

        Browser drafter = browser();
        drafter.signIn("traffic", "traffic");
        drafter.open("/approval");
        drafter.click("#box-rejected");
        drafter.waitForText("#approval-list", title);
        drafter.open("/approval/document/" + id);
        drafter.waitForText("#approval-line", "예산 근거를 보완하세요");
        drafter.click("#action-redraft");
        drafter.waitForPath("/approval/draft/" + id);
        drafter.type("#draft-title", title + " (보완)");
        drafter.click("#draft-submit");
        drafter.waitForPath("/approval/document/" + id);
        drafter.waitForText("#version-compare", "보완");
        assertThat(approval.find("traffic", id).orElseThrow().document().version())
                .isEqualTo(2);
    }

    @Test
    void ofTwoApprovalsOfTheSameRevisionExactlyOneSucceeds() {
        String title = unique("동시 결재 시험");
        long id = submitted(title, DisclosureLevel.PUBLIC, List.of(LineEntry.approval("mayor")))
                .document()
                .id();
        Browser first = browser();
        first.signIn("mayor", "mayor");
        first.open("/approval/document/" + id);
        Browser second = browser();
        second.signIn("mayor", "mayor");
        second.open("/approval/document/" + id);
        first.click("#action-approve");
        second.click("#action-approve");
        first.click("vaadin-dialog .approve-confirm");
        first.waitForText(".approval-heading", "완결");
        second.click("vaadin-dialog .approve-confirm");
        second.waitForText("vaadin-notification-card", "다른 사람이");
        assertThat(approval.find("mayor", id).orElseThrow().steps().stream()
                        .filter(s -> s.actedBy() != null && s.kind().name().equals("APPROVAL"))
                        .count())
                .isEqualTo(1);
    }

    @Test
    void theMayorApprovesSeveralDocumentsAtOnce() {
        String one = unique("일괄 결재 A");
        String two = unique("일괄 결재 B");
        long a = submitted(one, DisclosureLevel.PUBLIC, List.of(LineEntry.approval("mayor")))
                .document()
                .id();
        long b = submitted(two, DisclosureLevel.PUBLIC, List.of(LineEntry.approval("mayor")))
                .document()
                .id();
        Browser mayor = browser(Browser.PHONE);
        mayor.signIn("mayor", "mayor");
        mayor.open("/approval");
        mayor.waitForText("#approval-list", two);
        mayor.screenshot("approval-mayor-list-phone");
        assertThat(mayor.js("return document.documentElement.scrollWidth <= window.innerWidth"))
                .isEqualTo(true);
        mayor.click(".approval-row[data-document-id='" + a + "'] .approval-pick");
        mayor.click(".approval-row[data-document-id='" + b + "'] .approval-pick");
        mayor.click("#approve-selected");
        mayor.waitForText("#batch-results", "결재했습니다");
        assertThat(mayor.all("#batch-results .batch-ok")).hasSize(2);
        assertThat(mayor.text("#approval-list")).doesNotContain(one).doesNotContain(two);
    }

    @Test
    void citizensReadPublicDocumentsButNotPrivateOnes() {
        String open = unique("공개 보고서");
        String closed = unique("비공개 보고서");
        DocumentView pub = submitted(open, DisclosureLevel.PUBLIC, List.of(LineEntry.approval("mayor")));
        DocumentView priv = submitted(closed, DisclosureLevel.PRIVATE, List.of(LineEntry.approval("mayor")));
        approval.approve(Actor.of("mayor"), pub.document().id(), pub.document().revision(), null);
        approval.approve(
                Actor.of("mayor"), priv.document().id(), priv.document().revision(), null);

        Browser citizen = browser(Browser.PHONE);
        citizen.open("/documents");
        citizen.waitForText("#published-list", open);
        assertThat(citizen.text("#published-list")).doesNotContain(closed);
        citizen.open("/documents/" + pub.document().id());
        citizen.waitForText(".approval-body", "보고입니다");
        citizen.open("/documents/" + priv.document().id());
        assertThat(citizen.pageText()).doesNotContain(closed);
        citizen.open("/approval/document/" + priv.document().id());
        citizen.waitForPath("/login");
    }
}
