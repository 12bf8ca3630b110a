package kr.seoul.smartcity.e2e;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;

import static org.assertj.core.api.Assertions.assertThat;

/** The indicator catalogue screen: an administrator adds an indicator with its metadata and sees its history. */
class CatalogueViewIT extends BrowserTest {

    @Test
    void anAdministratorCreatesAnIndicatorWithMetadataAndSeesItsCreationInTheHistory() {
        Browser admin = browser();
        admin.signIn("admin", "admin");
        assertThat(admin.text("#main-nav")).contains("지표 카탈로그");
        admin.open("/admin/catalog");
        admin.waitForText("#catalogue-grid", "AIR_PM25");

        admin.click("#catalogue-new");
        admin.find("#indicator-editor #indicator-code");
        admin.type("#indicator-code", "E2E_LIBRARY_VISITS");
        admin.type("#indicator-nameKo", "공공도서관 방문자");
        admin.type("#indicator-nameEn", "Public library visitors");
        admin.type("#indicator-area", "문화");
        admin.press("#indicator-area input", Keys.ENTER);
        admin.type("#indicator-unit", "명");
        admin.type("#indicator-summaryKo", "서울시 공공도서관 하루 방문자 수");
        admin.type("#indicator-summaryEn", "Daily visitors of Seoul public libraries");
        admin.type("#indicator-datasetUrl", "ftp://wrong");
        admin.click("#indicator-save");

        // refused: the dialog stays with everything typed, the link is marked
        admin.waitUntil(
                () -> admin.find("#indicator-datasetUrl").getAttribute("invalid") != null,
                java.time.Duration.ofSeconds(10));
        assertThat(admin.all("#indicator-nameKo input").getFirst().getAttribute("value"))
                .isEqualTo("공공도서관 방문자");

        admin.type("#indicator-datasetUrl", "https://data.seoul.go.kr/dataList/OA-15480/S/1/datasetView.do");
        admin.click("#indicator-save");
        admin.waitForText("#catalogue-grid", "E2E_LIBRARY_VISITS");
        assertThat(admin.text("#catalogue-grid")).contains("공공도서관 방문자", "문화", "디지털정책관");
        admin.screenshot("admin-catalogue-desktop");

        admin.click("#open-E2E_LIBRARY_VISITS");
        admin.waitForText("#catalogue-history", "생성");
        assertThat(admin.text("#catalogue-history")).contains("최관리");
        assertThat(admin.all("#indicator-summaryEn input").getFirst().getAttribute("value"))
                .isEqualTo("Daily visitors of Seoul public libraries");
        admin.screenshot("admin-catalogue-editor-desktop");
    }

    @Test
    void theMayorReadsTheCatalogueWithoutChangingIt() {
        Browser mayor = browser(Browser.PHONE);
        mayor.signIn("mayor", "mayor");
        mayor.open("/admin/catalog");
        mayor.waitForText("#catalogue-grid", "AIR_PM25");
        assertThat(mayor.isPresent("#catalogue-new")).isFalse();
        assertThat(mayor.fitsWidth()).isTrue();
        mayor.click("#open-AIR_PM25");
        mayor.waitForText("#catalogue-history", "기존 카탈로그에서 이관");
        assertThat(mayor.isPresent("#indicator-save")).isFalse();
        mayor.screenshot("mayor-catalogue-editor-phone");
    }
}
