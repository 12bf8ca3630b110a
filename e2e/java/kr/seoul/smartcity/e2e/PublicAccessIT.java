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

/** A citizen, not signed in. */
class PublicAccessIT extends BrowserTest {

    @Autowired
    NoticeService notices;

    @Test
    void anAnonymousVisitorSeesThePublicHomeWithPublicNoticesOnly() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        notices.post(
                new NoticeAuthor("최관리" + tag, Role.ADMIN),
                new NoticeDraft("한강공원 야간 개방 " + tag, "", Severity.INFO, DisclosureClass.PUBLIC, "CLIMATE"));
        notices.post(
                new NoticeAuthor("최관리", Role.ADMIN),
                new NoticeDraft("내부 점검 회의 " + tag, "", Severity.INFO, DisclosureClass.INTERNAL, null));

        Browser citizen = browser().open("/");

        assertThat(citizen.text("#home-title")).isEqualTo("서울의 지금, 시민과 함께 봅니다");
        assertThat(citizen.text(".notice-board")).contains("한강공원 야간 개방 " + tag).doesNotContain("내부 점검 회의 " + tag);
        assertThat(citizen.text(".notice-board"))
                .as("citizens see the department, not who posted")
                .contains("기후환경본부")
                .doesNotContain("최관리" + tag);
        assertThat(citizen.text("#main-nav"))
                .contains("시민 홈")
                .doesNotContain("시장실")
                .doesNotContain("공지 관리");
        assertThat(citizen.isPresent("#login-link")).isTrue();
    }

    @Test
    void openingAnInternalAddressLeadsToTheLogin() {
        Browser citizen = browser();
        for (String internal : new String[] {"/office", "/admin/notices"}) {
            citizen.open(internal);
            citizen.waitForPath("/login");
            assertThat(citizen.find("vaadin-login-form").isDisplayed()).isTrue();
            assertThat(citizen.isPresent("#office-title")).isFalse();
            assertThat(citizen.isPresent("#notice-post")).isFalse();
        }
    }

    @Test
    void aWrongPasswordIsRefusedWithAMessage() {
        Browser visitor = browser();
        visitor.signIn("mayor", "not-the-password");
        assertThat(visitor.currentPath()).isEqualTo("/login");
        visitor.waitForText("vaadin-login-form", "로그인하지 못했습니다");
    }
}
