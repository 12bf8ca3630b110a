package kr.seoul.smartcity.e2e;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import kr.seoul.smartcity.archive.ImportFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/** Administrators import a ZIP of files with metadata.csv into the archive and read the report. */
class ArchiveImportIT extends BrowserTest {

    @TempDir
    Path temp;

    @Test
    void anAdministratorUploadsAZipAndSeesWhichRowsFailedAndWhy() throws Exception {
        String tag = "e2e" + UUID.randomUUID().toString().substring(0, 8);
        Path folder = ImportFixture.folder(temp.resolve("import"), tag);
        // a file the CSV does not name, so that the upload is larger than a servlet's default part limit (1 MB)
        byte[] filler = new byte[3 * 1024 * 1024];
        new Random(5).nextBytes(filler);
        Files.write(folder.resolve("unlisted.bin"), filler);
        Path zip = ImportFixture.zip(folder, temp.resolve("archive-" + tag + ".zip"));
        Browser admin = browser();
        admin.signIn("admin", "admin");
        assertThat(admin.text("#main-nav")).contains("아카이브 일괄 등록");
        admin.open("/admin/archive-import");
        assertThat(admin.text("#import-status")).isEqualTo("아직 올린 파일이 없습니다.");

        uploadInput(admin).sendKeys(zip.toString());

        admin.waitForText("#import-status", "10행 중 3건 등록, 7건 실패", Duration.ofSeconds(60));
        String report = admin.text("#import-report");
        assertThat(report)
                .contains(
                        "docs/bus-" + tag + ".pdf",
                        "등록됨",
                        "실패",
                        "Unknown type POSTER",
                        "The file nowhere-" + tag + ".pdf is not in the import",
                        "The issue date 2024-13-45 is not a date",
                        "is of type image/png",
                        "is already in the archive",
                        "Unknown department SPACE",
                        "points outside the import folder");
        assertThat(admin.all("#import-report .import-failed")).hasSize(7);
        assertThat(admin.all("#import-report .import-imported")).hasSize(3);
        assertThat(admin.text("#import-failures-csv")).isEqualTo("실패한 7행을 CSV로 내려받기");
        String csv = (String)
                admin.js("return fetch(arguments[0].href).then(r => r.text())", admin.find("#import-failures-csv"));
        assertThat(csv.lines().toList()).hasSize(8).first().asString().endsWith("line,file,reason");
        assertThat(csv).contains("6,\"park-" + tag + ".html\",\"Unknown type POSTER");
        admin.screenshot("archive-import-desktop");
        admin.js("arguments[0].scrollIntoView({block: 'start'})", admin.find("#import-report-card"));
        admin.screenshot("archive-import-report-desktop");

        admin.click("#import-report .import-imported");
        // the link navigates on the client: wait for the item page rather than reading the address at once
        admin.waitUntil(() -> admin.currentPath().startsWith("/archive/item/"), Duration.ofSeconds(10));
        admin.settled();
        // read from the DOM: the page's PDF preview keeps Selenium from calling the heading visible here
        assertThat(admin.js("return document.getElementById('archive-item-title').textContent"))
                .isEqualTo("Bus route review " + tag);
    }

    @Test
    void aFileThatIsNotAZipIsRefusedWithAClearMessage() throws Exception {
        Path fake = Files.writeString(temp.resolve("notes.zip"), "these are not zipped files");
        Browser admin = browser();
        admin.signIn("admin", "admin");
        admin.open("/admin/archive-import");

        uploadInput(admin).sendKeys(fake.toString());

        admin.waitForText("#import-status", "ZIP 파일만 올릴 수 있습니다.");
        assertThat(admin.all("#import-report")).noneMatch(WebElement::isDisplayed);
    }

    @Test
    void officialsCannotOpenIt() {
        Browser official = browser();
        official.signIn("traffic", "traffic");
        assertThat(official.text("#main-nav")).doesNotContain("아카이브 일괄 등록");
        official.open("/admin/archive-import");
        assertThat(official.isPresent("#import-upload")).isFalse();
    }

    private static WebElement uploadInput(Browser browser) {
        WebElement upload = browser.find("#import-upload");
        List<WebElement> light = upload.findElements(By.cssSelector("input[type=file]"));
        if (!light.isEmpty()) {
            return light.get(0);
        }
        SearchContext shadow = upload.getShadowRoot();
        return shadow.findElement(By.cssSelector("input[type=file]"));
    }
}
