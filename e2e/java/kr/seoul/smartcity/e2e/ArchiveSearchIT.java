package kr.seoul.smartcity.e2e;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;

import static org.assertj.core.api.Assertions.assertThat;

/** The digital archive: a citizen searches, narrows and reads a PDF; a member of staff keeps a search. */
class ArchiveSearchIT extends BrowserTest {

    @Test
    void aCitizenSearchesNarrowsByAFacetAndReadsAPdf() {
        Browser citizen = browser().open("/archive");
        citizen.type("#archive-query", "미세먼지");
        citizen.find("#archive-query input").sendKeys(Keys.ENTER);
        citizen.settled();
        citizen.waitForText("#archive-count", "건");
        assertThat((String) citizen.js("return location.search")).contains("q=");
        assertThat(citizen.all(".archive-hit em")).isNotEmpty();
        assertThat(citizen.all(".archive-hit em").stream().map(e -> e.getText()).toList())
                .anyMatch(t -> t.contains("먼지"));
        int before = citizen.all(".archive-hit").size();
        String countBefore = citizen.text("#archive-count");
        citizen.screenshot("archive-search-desktop");

        citizen.click("[data-facet='year'] vaadin-checkbox[data-value='2021'] label");
        citizen.settled();
        citizen.waitForText("#archive-count", "1건");
        assertThat(citizen.text("#archive-count")).isNotEqualTo(countBefore);
        assertThat(citizen.all(".archive-hit").size()).isLessThan(before);

        citizen.click(".archive-hit[data-language='en'] .archive-hit-title");
        citizen.waitUntil(() -> citizen.currentPath().startsWith("/archive/item/"), java.time.Duration.ofSeconds(10));
        citizen.settled();
        assertThat(citizen.find("#archive-pdf").getAttribute("src")).isNotBlank();
        assertThat(citizen.text("#archive-files")).contains(".pdf");
        assertThat(pdfLoaded(citizen)).as("the PDF is shown in the page").isTrue();
        citizen.js("arguments[0].scrollIntoView({block: 'start'})", citizen.find("#archive-pdf"));
        citizen.screenshot("archive-item-desktop");
        String itemPath = citizen.currentPath();

        Browser phone = browser(Browser.PHONE)
                .open("/archive?q=" + java.net.URLEncoder.encode("미세먼지", java.nio.charset.StandardCharsets.UTF_8));
        phone.waitForText("#archive-count", "건");
        assertThat(phone.all(".archive-hit")).isNotEmpty();
        assertNoHorizontalOverflow(phone);
        phone.screenshot("archive-search-phone");
        phone.open(itemPath);
        phone.js("arguments[0].scrollIntoView({block: 'start'})", phone.find("#archive-pdf"));
        assertNoHorizontalOverflow(phone);
        phone.screenshot("archive-item-phone");
    }

    @Test
    void aMemberOfStaffSavesASearchAndSeesItInTheList() {
        Browser staff = browser();
        staff.signIn("climate", "climate");
        staff.open("/archive?q=" + java.net.URLEncoder.encode("녹지", java.nio.charset.StandardCharsets.UTF_8));
        staff.waitForText("#archive-count", "건");
        String name = "녹지 자료 " + UUID.randomUUID().toString().substring(0, 6);
        staff.type("#archive-save-name", name);
        staff.click("#archive-save");
        staff.settled();
        staff.waitForText("#archive-saved", name);
        staff.screenshot("archive-search-staff");
    }

    private static boolean pdfLoaded(Browser browser) {
        for (int i = 0; i < 100; i++) {
            Object type = browser.js("""
                    const frame = document.querySelector('#archive-pdf');
                    try { return frame && frame.contentDocument ? frame.contentDocument.contentType : null; }
                    catch (e) { return null; }
                    """);
            if ("application/pdf".equals(type)) {
                return true;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }

    private static void assertNoHorizontalOverflow(Browser browser) {
        assertThat((Boolean) browser.js("return document.documentElement.scrollWidth <= window.innerWidth"))
                .as("no horizontal overflow")
                .isTrue();
    }
}
