package kr.seoul.smartcity.e2e;

import java.util.UUID;

import kr.seoul.smartcity.base.domain.DisclosureClass;
import kr.seoul.smartcity.directory.domain.Role;
import kr.seoul.smartcity.notice.domain.Severity;
import kr.seoul.smartcity.notice.service.NoticeAuthor;
import kr.seoul.smartcity.notice.service.NoticeDraft;
import kr.seoul.smartcity.notice.service.NoticeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** Server push: what happens on the server appears on open pages without a reload. */
class LivePushIT extends BrowserTest {

    @Autowired
    NoticeService notices;

    @Test
    void anEventPublishedOnTheServerAppearsOnAnOpenPageWithoutReload() {
        Browser citizen = browser().open("/");
        citizen.js("window.__openedBeforeEvent = true");
        String internal = "내부 전용 " + UUID.randomUUID().toString().substring(0, 8);
        String title = "지하철 1호선 운행 지연 " + UUID.randomUUID().toString().substring(0, 8);

        notices.post(
                new NoticeAuthor("시장실", Role.ADMIN),
                new NoticeDraft(internal, "", Severity.INFO, DisclosureClass.INTERNAL, null));
        notices.post(
                new NoticeAuthor("도시교통실", Role.ADMIN),
                new NoticeDraft(
                        title, "신호 장애로 약 10분 지연되고 있습니다.", Severity.CRITICAL, DisclosureClass.PUBLIC, "TRAFFIC"));

        citizen.waitForText(".notice-board", title);
        assertThat(citizen.js("return window.__openedBeforeEvent === true")).isEqualTo(true);
        assertThat(citizen.text(".notice-critical .notice-title")).isEqualTo(title);
        assertThat(citizen.text(".notice-board")).doesNotContain(internal);
    }

    @Test
    void aNoticePostedByAnAdministratorReachesACitizensScreen() {
        Browser citizen = browser().open("/");
        citizen.js("window.__openedBeforeEvent = true");
        Browser admin = browser();
        admin.signIn("admin", "admin");
        admin.open("/admin/notices");

        String title = "따릉이 대여소 임시 폐쇄 " + UUID.randomUUID().toString().substring(0, 8);
        admin.type("#notice-title", title);
        admin.type("#notice-body", "여의도 한강공원 2번 대여소를 오늘 18시까지 닫습니다.");
        admin.click("#notice-post");

        citizen.waitForText(".notice-board", title);
        assertThat(citizen.js("return window.__openedBeforeEvent === true")).isEqualTo(true);
        admin.waitForText(".notice-board", title);
    }

    @Test
    void anAdministratorIsToldWhatIsMissingAndLosesNothing() {
        Browser admin = browser();
        admin.signIn("admin", "admin");
        admin.open("/admin/notices");
        admin.type("#notice-body", "제목 없이 쓴 내용");
        admin.click("#notice-post");

        admin.waitForText("vaadin-notification-card", "제목을 입력하세요");
        // the post button scrolled the form's title out of sight: read it where it is
        assertThat(admin.all("#notice-title").getFirst().getDomAttribute("invalid"))
                .isNotNull();
        assertThat(admin.find("#notice-body textarea").getAttribute("value")).isEqualTo("제목 없이 쓴 내용");
    }
}
