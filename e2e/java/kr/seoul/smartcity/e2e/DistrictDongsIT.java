package kr.seoul.smartcity.e2e;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The drill-down from a district into its administrative dongs (the embedded default reads the CC BY 4.0 dong
 * boundaries from ../shared): the district's page draws its dongs with their attribution and lists them; a dong
 * chosen with the keyboard on the map is named.
 */
class DistrictDongsIT extends BrowserTest {

    @Test
    void aCitizenSeesTheDongsOfJongnoWithTheirAttributionOnDesktopAndPhone() {
        Browser citizen = browser();
        citizen.open("/district/11110");
        citizen.waitForText("#district-dongs h2", "17");
        assertThat(citizen.text("#dong-list")).contains("사직동", "가회동");
        assertThat(citizen.text("#dong-attribution")).contains("CC BY 4.0", "SGIS");
        citizen.waitUntil(() -> citizen.all("#dong-map path[aria-label]").size() == 17, Duration.ofSeconds(10));
        citizen.js("const dong = [...document.querySelectorAll('#dong-map path[aria-label]')]"
                + ".find(p => p.getAttribute('aria-label').startsWith('사직동'));"
                + "dong.focus(); dong.dispatchEvent(new KeyboardEvent('keydown', {key: 'Enter', bubbles: true}));");
        citizen.waitForText("#dong-chosen", "사직동");
        citizen.screenshot("district-dongs-desktop");

        Browser phone = browser(Browser.PHONE);
        phone.open("/district/11110");
        phone.waitForText("#dong-list", "사직동");
        assertThat(phone.fitsWidth()).isTrue();
        phone.js("document.getElementById('district-dongs').scrollIntoView()");
        phone.screenshot("district-dongs-phone");
    }
}
