package kr.seoul.smartcity.e2e;

import java.util.UUID;

import kr.seoul.smartcity.directory.domain.Role;
import kr.seoul.smartcity.directory.service.DirectoryService;
import kr.seoul.smartcity.directory.service.NewAccount;
import kr.seoul.smartcity.security.service.SignInProperties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Accounts as their owners and administrators use them in the browser: a locked sign-in says so and how long to
 * wait, an administrator disables an account (its open session ends) and resets a password (the owner must set a new
 * one before anything else), and a member changes their own password. Uses accounts of its own: the demo users stay
 * as they are for the other tests.
 */
class AccountsIT extends BrowserTest {

    private static final String PASSWORD = "seoul-river-lantern-42";

    @Autowired
    DirectoryService directory;

    @Autowired
    SignInProperties signIn;

    private String account(Role role) {
        String username = "e2e" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        directory.openAccount(new NewAccount(
                username,
                "시험 " + username.substring(3, 7),
                PASSWORD,
                role,
                role == Role.OFFICIAL ? "TRAFFIC" : "DIGITAL"));
        return username;
    }

    @Test
    void repeatedFailuresLockTheAccountAndTheLoginPageSaysHowLongToWait() {
        String username = account(Role.OFFICIAL);
        Browser browser = browser();
        for (int i = 0; i < signIn.accountFailures(); i++) {
            browser.signIn(username, "wrong-password");
            assertThat(browser.currentPath()).isEqualTo("/login");
        }
        browser.signIn(username, PASSWORD);
        assertThat(browser.currentPath())
                .as("still refused with the right password")
                .isEqualTo("/login");
        assertThat(browser.text("vaadin-login-form")).contains("로그인 일시 중지").contains("분 뒤에 다시 시도");
        browser.screenshot("login-locked");
    }

    @Test
    void anAdministratorDisablesAnAccountAndItsOpenSessionEnds() {
        String official = account(Role.OFFICIAL);
        String admin = account(Role.ADMIN);
        Browser user = browser();
        user.signIn(official, PASSWORD);
        user.open("/office");
        assertThat(user.currentPath()).isEqualTo("/office");

        Browser administrator = browser();
        administrator.signIn(admin, PASSWORD);
        administrator.open("/admin/accounts");
        administrator.click("#account-toggle-" + official);
        administrator.waitForText("#accounts-grid", "사용 중지");
        administrator.screenshot("admin-accounts");

        user.open("/office");
        assertThat(user.currentPath())
                .as("the disabled member's session has ended")
                .isEqualTo("/login");
        user.signIn(official, PASSWORD);
        assertThat(user.text("vaadin-login-form")).contains("사용이 중지된 계정");

        administrator.open("/admin/sign-ins");
        administrator.type("#audit-username", official);
        administrator.click("#audit-show");
        administrator.waitForText("#audit-grid", "계정 사용 중지");
        administrator.screenshot("admin-sign-ins");
    }

    @Test
    void aResetPasswordMustBeChangedAtTheNextSignInAndMembersChangeTheirOwn() {
        String official = account(Role.OFFICIAL);
        String admin = account(Role.ADMIN);
        Browser administrator = browser();
        administrator.signIn(admin, PASSWORD);
        administrator.open("/admin/accounts");
        administrator.click("#account-reset-" + official);
        String temporary = administrator.find("#account-temporary input").getAttribute("value");
        assertThat(temporary).hasSizeGreaterThanOrEqualTo(12);
        administrator.click("#account-reset-confirm");
        administrator.waitForText("#accounts-grid", "비밀번호 변경 필요");

        Browser user = browser();
        user.signIn(official, temporary);
        user.open("/office");
        assertThat(user.currentPath())
                .as("every page leads to the account page first")
                .isEqualTo("/account");
        assertThat(user.text("#account-must-change")).contains("새 비밀번호를 정하세요");
        user.type("#account-current", temporary);
        user.type("#account-new", "short");
        user.type("#account-repeat", "short");
        user.click("#account-change");
        user.waitUntil(
                () -> Boolean.TRUE.equals(user.js("return document.querySelector('#account-new').invalid")),
                java.time.Duration.ofSeconds(10));
        assertThat(user.js("return document.querySelector('#account-new').errorMessage"))
                .asString()
                .contains("12자");
        user.screenshot("account-password-rules");

        String chosen = "bukhansan-trail-spring-9";
        user.type("#account-new", chosen);
        user.type("#account-repeat", chosen);
        user.click("#account-change");
        user.waitUntil(
                () -> user.all("#account-must-change").stream().noneMatch(org.openqa.selenium.WebElement::isDisplayed),
                java.time.Duration.ofSeconds(10));
        user.open("/office");
        assertThat(user.currentPath()).isEqualTo("/office");
        user.screenshot("account-page");

        Browser again = browser();
        again.signIn(official, chosen);
        again.open("/account");
        assertThat(again.text("#account-history")).contains("비밀번호 변경", "관리자 비밀번호 초기화", "로그인");
    }
}
