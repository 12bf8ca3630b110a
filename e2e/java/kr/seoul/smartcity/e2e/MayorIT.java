package kr.seoul.smartcity.e2e;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The mayor signs in, works in the office view and switches between Korean and English. */
class MayorIT extends BrowserTest {

    @Test
    void theMayorSeesTheInternalNavigationAndSwitchesToEnglishAndBack() {
        Browser mayor = browser();
        mayor.signIn("mayor", "mayor");

        mayor.waitForPath("/office");
        assertThat(mayor.text("#office-title")).isEqualTo("시장실");
        assertThat(mayor.text("#current-user")).isEqualTo("김서울");
        assertThat(mayor.text("#main-nav")).contains("시민 홈", "시장실").doesNotContain("공지 관리");
        assertThat(mayor.text(".platform-status")).contains("내장 기본 모드");

        mayor.click("#language-switch");
        mayor.waitForText("#office-title", "Mayor's office");
        assertThat(mayor.text("#main-nav")).contains("Citizens' home", "Mayor's office");
        assertThat(mayor.js("return document.documentElement.lang")).isEqualTo("en");

        // remembered on the next page and after a reload
        mayor.open("/");
        assertThat(mayor.text("#home-title")).isEqualTo("Seoul right now, seen together with its citizens");
        mayor.open("/office");
        assertThat(mayor.text("#office-title")).isEqualTo("Mayor's office");
        mayor.find(".city-map");
        mayor.screenshot("mayor-office-english-desktop");

        mayor.click("#language-switch");
        mayor.waitForText("#office-title", "시장실");
        assertThat(mayor.js("return document.documentElement.lang")).isEqualTo("ko");
    }

    @Test
    void signingOutEndsTheSession() {
        Browser mayor = browser();
        mayor.signIn("mayor", "mayor");
        mayor.waitForPath("/office");

        mayor.click("#logout");
        mayor.waitForPath("/");
        mayor.find("#login-link");
        mayor.open("/office");
        mayor.waitForPath("/login");
    }
}
