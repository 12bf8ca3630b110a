package kr.seoul.smartcity.e2e;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import kr.seoul.smartcity.archive.domain.ArchiveDraft;
import kr.seoul.smartcity.archive.domain.ArchiveItem;
import kr.seoul.smartcity.archive.domain.ArchiveItemType;
import kr.seoul.smartcity.archive.domain.ArchiveLanguage;
import kr.seoul.smartcity.archive.service.ArchiveEditor;
import kr.seoul.smartcity.archive.service.ArchiveIndexer;
import kr.seoul.smartcity.archive.service.ArchiveService;
import kr.seoul.smartcity.base.domain.DisclosureClass;
import kr.seoul.smartcity.directory.domain.Role;
import kr.seoul.smartcity.theme.service.ThemeDraft;
import kr.seoul.smartcity.theme.service.ThemeEditor;
import kr.seoul.smartcity.theme.service.ThemeService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Theme pages in real browsers: an administrator adds an indicator, a place and a document found by its title to a
 * theme and publishes it; a citizen then finds it among the themes and reads it, on a desktop, on a phone and on the
 * kiosk, where nothing leads out of the kiosk.
 */
class ThemeIT extends BrowserTest {

    @Autowired
    ThemeService themes;

    @Autowired
    ArchiveService archive;

    @Autowired
    ArchiveIndexer indexer;

    @Test
    void anAdministratorComposesAndPublishesAThemeThatACitizenThenReadsOnDesktopAndPhone() {
        String slug = "e2e-" + Long.toString(System.nanoTime(), 36);
        String title = "시험 테마 " + slug;
        themes.save(
                new ThemeEditor("admin", Role.ADMIN, null),
                new ThemeDraft(
                        slug,
                        title,
                        "Test theme " + slug,
                        "걷기 좋은 도심을 시험합니다.",
                        "Testing a walkable centre.",
                        99,
                        false,
                        DisclosureClass.PUBLIC,
                        List.of()),
                null);

        String documentTitle = "보행 친화 도심 계획 " + slug;
        ArchiveItem document = archive.add(
                ArchiveEditor.system("test"),
                new ArchiveDraft(
                        documentTitle,
                        ArchiveItemType.PUBLIC_DOCUMENT,
                        "TRAFFIC",
                        "서울시",
                        LocalDate.of(2026, 3, 4),
                        List.of("보행"),
                        ArchiveLanguage.KO,
                        DisclosureClass.PUBLIC,
                        List.of(),
                        "걷기 좋은 도심을 만드는 계획"),
                List.of());
        indexer.drainNow();

        Browser citizen = browser();
        citizen.open("/civic/themes");
        assertThat(citizen.text("#theme-cards")).doesNotContain(title);

        Browser admin = browser();
        admin.signIn("admin", "admin");
        admin.open("/admin/themes?theme=" + slug);
        admin.waitForText("#theme-admin-list a.selected", title);
        admin.type("#theme-note-ko", "외출 전에 확인하세요");
        admin.type("#theme-add-indicator", "초미세먼지(PM2.5)");
        admin.find("vaadin-combo-box-item");
        admin.press("#theme-add-indicator input", Keys.ARROW_DOWN);
        admin.press("#theme-add-indicator input", Keys.ENTER);
        admin.waitUntil(
                () -> Boolean.FALSE.equals(admin.js("return document.querySelector('#theme-add-indicator').opened")),
                Duration.ofSeconds(5));
        admin.click("#theme-add-indicator-button");
        admin.waitForText("#theme-items", "초미세먼지");
        assertThat(admin.js("return document.querySelector('#theme-note-ko').value"))
                .as("the note went with the indicator")
                .isEqualTo("");
        admin.type("#theme-place-name", "청계광장");
        admin.type("#theme-place-lat", "37.5690");
        admin.type("#theme-place-lon", "126.9779");
        admin.press("#theme-place-lon input", Keys.TAB);
        admin.click("#theme-add-place-button");
        admin.waitForText("#theme-items", "청계광장");
        admin.type("#theme-add-document", "보행 친화 " + slug);
        admin.waitUntil(
                () -> Boolean.TRUE.equals(admin.js(
                        "return [...document.querySelectorAll('vaadin-combo-box-item')]"
                                + ".some(item => item.textContent.includes(arguments[0]))",
                        documentTitle)),
                Duration.ofSeconds(10));
        admin.press("#theme-add-document input", Keys.ARROW_DOWN);
        admin.press("#theme-add-document input", Keys.ENTER);
        admin.waitUntil(
                () -> Boolean.FALSE.equals(admin.js("return document.querySelector('#theme-add-document').opened")),
                Duration.ofSeconds(5));
        admin.click("#theme-add-document-button");
        admin.waitForText("#theme-items", documentTitle);
        admin.click("#theme-published label");
        admin.waitUntil(
                () -> Boolean.TRUE.equals(admin.js("return document.querySelector('#theme-published').checked")),
                Duration.ofSeconds(5));
        admin.click("#theme-save");
        admin.waitForText("#theme-public-link", "공개 페이지 열기");
        admin.screenshot("theme-admin-desktop");

        citizen.open("/civic/themes");
        citizen.waitForText("#theme-cards", title);
        citizen.open("/civic/themes/" + slug);
        citizen.waitForText("#theme-title", title);
        citizen.waitForText("#theme-indicators", "초미세먼지");
        citizen.waitForText("#theme-indicators", "외출 전에 확인하세요");
        citizen.waitForText("#theme-place-list", "청계광장");
        assertThat(citizen.text("#theme-place-list"))
                .as("a note goes with one item only")
                .doesNotContain("외출 전에 확인하세요");
        citizen.waitForText("#theme-documents", documentTitle);
        assertThat(citizen.isPresent("#theme-map")).isTrue();
        citizen.screenshot("theme-desktop");
        citizen.click("#theme-documents a");
        citizen.waitForText("h1", documentTitle);

        Browser phone = browser(Browser.PHONE);
        phone.open("/civic/themes/" + slug);
        phone.waitForText("#theme-indicators", "초미세먼지");
        phone.waitForText("#theme-place-list", "청계광장");
        assertThat(phone.fitsWidth()).isTrue();
        phone.screenshot("theme-phone");

        Browser kiosk = browser();
        kiosk.open("/kiosk");
        kiosk.waitUntil(() -> kiosk.isPresent("#kiosk-themes-link"), Duration.ofSeconds(10));
        kiosk.screenshot("kiosk-with-themes");
        kiosk.click("#kiosk-themes-link");
        kiosk.waitForText("#kiosk-theme-cards", title);
        kiosk.screenshot("theme-kiosk-list");
        kiosk.click("[data-theme='" + slug + "']");
        kiosk.waitForText("#kiosk-theme-title", title);
        kiosk.waitForText("#theme-indicators", "초미세먼지");
        kiosk.waitForText("#theme-documents", documentTitle);
        assertThat(kiosk.isPresent("#theme-documents a"))
                .as("nothing leads out of the kiosk")
                .isFalse();
        kiosk.screenshot("theme-kiosk");
        kiosk.click("#kiosk-home");
        kiosk.waitUntil(() -> kiosk.isPresent("#kiosk-themes-link"), Duration.ofSeconds(10));
    }
}
