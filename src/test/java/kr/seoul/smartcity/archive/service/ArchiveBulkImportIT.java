package kr.seoul.smartcity.archive.service;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import kr.seoul.smartcity.archive.ImportFixture;
import kr.seoul.smartcity.archive.domain.ArchiveItemType;
import kr.seoul.smartcity.archive.domain.ExtractionStatus;
import kr.seoul.smartcity.base.domain.DisclosureClass;
import kr.seoul.smartcity.dev.CityIntegrationTest;
import kr.seoul.smartcity.directory.domain.Role;
import kr.seoul.smartcity.security.service.Viewer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

import static kr.seoul.smartcity.archive.ImportFixture.*;
import static org.assertj.core.api.Assertions.assertThat;

@CityIntegrationTest
class ArchiveBulkImportIT {

    private static final Viewer STAFF = new Viewer(Role.OFFICIAL, "TRAFFIC");
    private static final ArchiveEditor ADMIN = ArchiveEditor.staff("admin", Role.ADMIN, "DIGITAL");

    @Autowired
    ArchiveBulkImport bulkImport;

    @Autowired
    ArchiveService archive;

    @Autowired
    ArchiveSearchService search;

    @Autowired
    ArchiveIndexer indexer;

    @TempDir
    Path temp;

    private static String unique() {
        return "imp" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    }

    private List<Long> found(Viewer viewer, String query) {
        return search.search(viewer, ArchiveQuery.of(query)).hits().stream()
                .map(ArchiveHit::id)
                .toList();
    }

    @Test
    void goodRowsAreImportedAndSearchableWhileEachBadRowIsReportedWithItsReason() throws Exception {
        String tag = unique();
        Path folder = ImportFixture.folder(temp.resolve("import"), tag);
        List<ArchiveImportReport.Row> seen = new ArrayList<>();

        ArchiveImportReport report = bulkImport.importFolder(folder, null, ADMIN, seen::add);

        assertThat(report.problem()).isNull();
        assertThat(seen).isEqualTo(report.rows());
        assertThat(report.rows())
                .extracting(ArchiveImportReport.Row::line)
                .containsExactly(
                        PDF_ROW,
                        TXT_ROW,
                        HTML_ROW,
                        UNKNOWN_TYPE_ROW,
                        MISSING_FILE_ROW,
                        BAD_DATE_ROW,
                        PNG_ROW,
                        DUPLICATE_ROW,
                        UNKNOWN_DEPARTMENT_ROW,
                        OUTSIDE_ROW);
        assertThat(report.imported()).isEqualTo(3);
        assertThat(report.failed()).isEqualTo(7);
        assertThat(report.allImported()).isFalse();
        Map<Integer, String> reasons = report.failures().stream()
                .collect(Collectors.toMap(ArchiveImportReport.Row::line, ArchiveImportReport.Row::reason));
        assertThat(reasons)
                .containsOnlyKeys(
                        UNKNOWN_TYPE_ROW,
                        MISSING_FILE_ROW,
                        BAD_DATE_ROW,
                        PNG_ROW,
                        DUPLICATE_ROW,
                        UNKNOWN_DEPARTMENT_ROW,
                        OUTSIDE_ROW);
        assertThat(reasons.get(UNKNOWN_TYPE_ROW)).startsWith("Unknown type POSTER; known are WHITE_PAPER");
        assertThat(reasons.get(MISSING_FILE_ROW)).isEqualTo("The file nowhere-" + tag + ".pdf is not in the import");
        assertThat(reasons.get(BAD_DATE_ROW)).isEqualTo("The issue date 2024-13-45 is not a date like 2024-05-31");
        assertThat(reasons.get(PNG_ROW))
                .isEqualTo("File photo-" + tag + ".png is of type image/png; accepted are "
                        + "PDF, DOCX, XLSX, PPTX, HTML, TXT, HWP, HWPX");
        long pdfItem = report.rows().getFirst().itemId();
        assertThat(reasons.get(DUPLICATE_ROW))
                .isEqualTo("The file copy-" + tag + ".pdf is already in the archive (item " + pdfItem + ")");
        assertThat(reasons.get(UNKNOWN_DEPARTMENT_ROW))
                .startsWith("Unknown department SPACE; known are ")
                .contains("CLIMATE", "TRAFFIC");
        assertThat(reasons.get(OUTSIDE_ROW))
                .isEqualTo("The file name ../secret-" + tag + ".txt points outside the import folder");
        assertThat(report.failuresCsv())
                .startsWith("line,file,reason\r\n")
                .contains("6,\"park-" + tag + ".html\",\"Unknown type POSTER");

        // what was imported, with its metadata and the text of its file
        var pdf = archive.find(STAFF, pdfItem).orElseThrow();
        assertThat(pdf.item().title()).isEqualTo("Bus route review " + tag);
        assertThat(pdf.item().tags()).containsExactly("교통", "버스");
        assertThat(pdf.item().summary()).isEqualTo("Routes, stops and night buses");
        assertThat(pdf.item().createdBy()).isEqualTo("admin");
        assertThat(pdf.files()).singleElement().satisfies(file -> {
            assertThat(file.fileName()).isEqualTo("bus-" + tag + ".pdf");
            assertThat(file.contentType()).isEqualTo("application/pdf");
            assertThat(file.extractionStatus()).isEqualTo(ExtractionStatus.OK);
        });
        var txt = archive.find(STAFF, report.rows().get(1).itemId()).orElseThrow();
        assertThat(txt.item().type()).isEqualTo(ArchiveItemType.WHITE_PAPER);
        assertThat(txt.item().issuedOn()).hasToString("2023-11-02");
        assertThat(txt.item().summary()).isEqualTo("첫 줄\r\n둘째 줄");
        var html = archive.find(STAFF, report.rows().get(2).itemId()).orElseThrow();
        assertThat(html.item().disclosure()).isEqualTo(DisclosureClass.INTERNAL);

        indexer.drainNow();
        long txtItem = txt.item().id();
        long htmlItem = html.item().id();
        assertThat(found(Viewer.CITIZEN, tag)).containsExactlyInAnyOrder(pdfItem, txtItem);
        assertThat(found(STAFF, tag)).containsExactlyInAnyOrder(pdfItem, txtItem, htmlItem);
        assertThat(found(Viewer.CITIZEN, "\"shorter waits at night\" " + tag)).containsExactly(pdfItem);
        assertThat(found(Viewer.CITIZEN, "서울시 " + tag)).containsExactly(txtItem);
    }

    @Test
    void importingTheSameFolderAgainImportsNothingTwice() throws Exception {
        String tag = unique();
        Path folder = ImportFixture.goodFolder(temp.resolve("again"), tag);
        ArchiveImportReport first = bulkImport.importFolder(folder, null, ADMIN, row -> {});
        assertThat(first.allImported()).isTrue();

        ArchiveImportReport second = bulkImport.importFolder(folder, null, ADMIN, row -> {});

        assertThat(second.allImported()).isFalse();
        assertThat(second.rows())
                .singleElement()
                .satisfies(row -> assertThat(row.reason())
                        .isEqualTo("The file note-" + tag + ".txt is already in the archive (item "
                                + first.rows().getFirst().itemId() + ")"));
    }

    @Test
    void aZipWithMetadataInItsTopFolderImportsLikeTheFolder() throws Exception {
        String tag = unique();
        Path zip = ImportFixture.zip(ImportFixture.folder(temp.resolve("zipped"), tag), temp.resolve("import.zip"));

        ArchiveImportReport report = bulkImport.importZip(zip, ADMIN, row -> {});

        assertThat(report.problem()).isNull();
        assertThat(report.rows())
                .filteredOn(row -> row.outcome() == ArchiveImportReport.Outcome.IMPORTED)
                .extracting(ArchiveImportReport.Row::line)
                .containsExactly(PDF_ROW, TXT_ROW, HTML_ROW);
        assertThat(report.failed()).isEqualTo(7);
    }

    @Test
    void aMetadataFileThatCannotBeUsedIsRefusedWithTheReason() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("refused"));
        assertThat(bulkImport.importFolder(folder, null, ADMIN, row -> {}).problem())
                .isEqualTo("The metadata file " + folder.resolve("metadata.csv") + " does not exist");

        Files.writeString(folder.resolve("metadata.csv"), "file,title,kind\n");
        assertThat(bulkImport.importFolder(folder, null, ADMIN, row -> {}).problem())
                .startsWith("Unknown column \"kind\"; the columns are file, title, type");

        Files.writeString(folder.resolve("metadata.csv"), "file,title,type\n");
        assertThat(bulkImport.importFolder(folder, null, ADMIN, row -> {}).problem())
                .isEqualTo(
                        "The metadata file lacks the column(s) department, producer, issued_on, language, disclosure");

        Files.write(
                folder.resolve("metadata.csv"),
                "file,title\n\"a.txt,\uD55C".getBytes(java.nio.charset.Charset.forName("x-windows-949")));
        assertThat(bulkImport.importFolder(folder, null, ADMIN, row -> {}).problem())
                .contains("not UTF-8");

        Path notZip = Files.writeString(temp.resolve("not.zip"), "hello");
        assertThat(bulkImport.importZip(notZip, ADMIN, row -> {}).problem())
                .startsWith("The file is not a ZIP archive that can be read");
    }
}
