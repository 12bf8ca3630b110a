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

/** What officials and administrators may open, checked on the server whatever the address bar says. */
class RoleAccessIT extends BrowserTest {

    @Autowired
    NoticeService notices;

    @Test
    void anOfficialCannotOpenAnAdministratorsPageEvenByAddress() {
        Browser official = browser();
        official.signIn("traffic", "traffic");
        official.waitForPath("/office");
        assertThat(official.text("#office-title")).isEqualTo("업무 현황");
        assertThat(official.text("#main-nav")).doesNotContain("공지 관리");

        official.open("/admin/notices");

        assertThat(official.text("#not-found-title")).isEqualTo("페이지를 찾을 수 없습니다");
        assertThat(official.isPresent("#notice-post")).isFalse();
    }

    @Test
    void restrictedNoticesReachOnlyTheirDepartment() {
        String title = "노선 조정 초안 " + UUID.randomUUID().toString().substring(0, 8);
        notices.post(
                new NoticeAuthor("도시교통실", Role.ADMIN),
                new NoticeDraft(title, "", Severity.INFO, DisclosureClass.RESTRICTED, "TRAFFIC"));

        Browser traffic = browser();
        traffic.signIn("traffic", "traffic");
        assertThat(traffic.text(".notice-board")).contains(title);

        Browser climate = browser();
        climate.signIn("climate", "climate");
        assertThat(climate.text(".notice-board")).doesNotContain(title);
    }

    @Test
    void anAdministratorOpensTheNoticesPage() {
        Browser admin = browser();
        admin.signIn("admin", "admin");
        assertThat(admin.text("#main-nav")).contains("공지 관리");
        admin.open("/admin/notices");
        assertThat(admin.find("#notice-post").isDisplayed()).isTrue();
    }
}
