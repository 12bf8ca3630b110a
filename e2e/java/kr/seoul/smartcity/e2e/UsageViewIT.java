package kr.seoul.smartcity.e2e;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The platform's use in real browsers: an official agrees to be recorded and sees their own record; an administrator
 * sees the screens used by role, a citizen only as a count, and the widgets nobody opened.
 */
class UsageViewIT extends BrowserTest {

    @Test
    void anOfficialWhoAgreedIsCountedByRoleAndSeesTheirOwnRecord() {
        Browser official = browser(Browser.PHONE);
        official.signIn("climate", "climate");
        official.open("/account/usage");
        if (official.find("#usage-consent").getAttribute("checked") == null) {
            official.click("#usage-consent");
        }
        official.waitForAttribute("#usage-consent", "checked", "true", Duration.ofSeconds(10));
        official.open("/civic/pledges");
        official.open("/account/usage");
        official.waitForText("#usage-mine", "civic/pledges");
        official.screenshot("usage-mine-phone");

        Browser citizen = browser();
        citizen.open("/civic/pledges");
        citizen.open("/civic");

        Browser admin = browser();
        admin.signIn("admin", "admin");
        admin.open("/admin/usage");
        admin.waitForText("#usage-screens", "civic/pledges");
        assertThat(admin.text("#usage-unopened"))
                .as("widgets nobody opened are listed")
                .contains("/");
        assertThat(admin.pageText()).doesNotContain("climate");
        admin.screenshot("usage-admin");
    }
}
