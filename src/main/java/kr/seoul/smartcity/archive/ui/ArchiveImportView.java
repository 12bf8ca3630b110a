package kr.seoul.smartcity.archive.ui;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import kr.seoul.smartcity.archive.service.ArchiveBulkImport;
import kr.seoul.smartcity.archive.service.ArchiveEditor;
import kr.seoul.smartcity.archive.service.ArchiveImportProperties;
import kr.seoul.smartcity.archive.service.ArchiveImportReport;
import kr.seoul.smartcity.base.ui.Card;
import kr.seoul.smartcity.base.ui.LimitedUploads;
import kr.seoul.smartcity.base.ui.UploadTexts;
import kr.seoul.smartcity.directory.domain.Role;
import kr.seoul.smartcity.security.service.CityUser;
import kr.seoul.smartcity.security.service.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Bulk import for administrators: a ZIP archive with {@code metadata.csv} and the files it names is imported row by
 * row, in the background; the report shows every row with its result and why a row failed, and the failed rows can
 * be downloaded as CSV to fix and import again.
 */
@Route("admin/archive-import")
@RolesAllowed(Role.Names.ADMIN)
@Menu(order = 95, title = "nav.admin.archive-import", icon = "vaadin:upload")
public class ArchiveImportView extends Main implements HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(ArchiveImportView.class);
    private static final long PROGRESS_EVERY_MILLIS = 400;

    private final ArchiveBulkImport bulkImport;
    private final ArchiveEditor editor;
    private final Upload upload;
    private final Paragraph status = new Paragraph();
    private final Div download = new Div();
    private final ImportReportGrid grid = new ImportReportGrid();
    private volatile boolean running;

    ArchiveImportView(ArchiveBulkImport bulkImport, ArchiveImportProperties properties, CurrentUser currentUser) {
        this.bulkImport = bulkImport;
        CityUser user = currentUser.get().orElseThrow();
        this.editor = ArchiveEditor.staff(user.getUsername(), user.role(), user.departmentCode());
        addClassNames("page", "archive-import-view");

        long maxUpload = properties.maxUploadSize().toBytes();
        upload = upload(maxUpload);

        Paragraph format = new Paragraph(getTranslation("import.format"));
        format.addClassName("page-lead");
        Paragraph columns = new Paragraph(new Code(String.join(",", ArchiveBulkImport.COLUMNS)));
        Paragraph values = new Paragraph(getTranslation("import.values"));
        values.addClassName("page-lead");
        Section uploadCard = Card.titled(getTranslation("import.upload"), format, columns, values, upload);

        status.setId("import-status");
        status.setText(getTranslation("import.none"));
        download.setId("import-download");
        Section reportCard = Card.titled(getTranslation("import.report"), status, download, grid);
        reportCard.setId("import-report-card");

        add(new H1(getTranslation("nav.admin.archive-import")), uploadCard, reportCard);
    }

    /** One ZIP file at a time, up to the configured size. */
    private Upload upload(long maxUpload) {
        Upload upload = new Upload(
                LimitedUploads.toTempFile(maxUpload, (metadata, file) -> started(metadata.fileName(), file)));
        upload.setAcceptedFileTypes("application/zip", "application/x-zip-compressed", ".zip");
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, maxUpload));
        upload.setMaxFiles(1);
        upload.setId("import-upload");
        UploadI18N texts = UploadTexts.create();
        texts.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("import.choose")));
        texts.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("import.drop")));
        texts.setError(new UploadI18N.Error()
                .setFileIsTooBig(getTranslation("import.too-big", maxUpload / 1024 / 1024))
                .setIncorrectFileType(getTranslation("import.not-zip")));
        upload.setI18n(texts);
        upload.addFileRejectedListener(rejected -> showProblem(rejected.getErrorMessage()));
        upload.addFailedListener(failed -> showProblem(getTranslation("import.upload-failed")));
        return upload;
    }

    /** Called on the upload's request thread: checks the file and runs the import on its own thread. */
    private void started(String fileName, File file) {
        UI ui = getUI().orElse(null);
        if (ui == null) {
            delete(file);
            return;
        }
        if (!fileName.toLowerCase(Locale.ROOT).endsWith(".zip") || !looksLikeZip(file)) {
            delete(file);
            ui.access(() -> showProblem(getTranslation("import.not-zip")));
            return;
        }
        if (running) {
            delete(file);
            ui.access(() -> showProblem(getTranslation("import.busy")));
            return;
        }
        running = true;
        ui.access(() -> {
            grid.setVisible(false);
            download.removeAll();
            status.setText(getTranslation("import.running", fileName, 0));
        });
        Thread.ofVirtual().name("archive-import-" + editor.name()).start(() -> {
            AtomicInteger done = new AtomicInteger();
            long[] shown = {System.currentTimeMillis()};
            try {
                ArchiveImportReport report = bulkImport.importZip(file.toPath(), editor, row -> {
                    int n = done.incrementAndGet();
                    long now = System.currentTimeMillis();
                    if (now - shown[0] >= PROGRESS_EVERY_MILLIS) {
                        shown[0] = now;
                        ui.access(() -> status.setText(getTranslation("import.running", fileName, n)));
                    }
                });
                ui.access(() -> show(fileName, report));
            } catch (RuntimeException e) {
                log.warn("Archive import of {} failed", fileName, e);
                ui.access(() -> showProblem(getTranslation("import.error", e.getMessage())));
            } finally {
                running = false;
                delete(file);
            }
        });
    }

    private void show(String fileName, ArchiveImportReport report) {
        upload.clearFileList();
        download.removeAll();
        if (report.problem() != null) {
            showProblem(report.problem());
            return;
        }
        status.setText(
                getTranslation("import.done", fileName, report.rows().size(), report.imported(), report.failed()));
        status.getStyle()
                .set("color", report.failed() > 0 ? "var(--lumo-error-text-color)" : "var(--lumo-success-text-color)");
        grid.setItems(report.rows());
        grid.setVisible(true);
        if (report.failed() > 0) {
            byte[] csv = ("\uFEFF" + report.failuresCsv()).getBytes(StandardCharsets.UTF_8);
            String name = fileName.replaceFirst("(?i)\\.zip$", "") + "-failures.csv";
            Anchor link = new Anchor(
                    DownloadHandler.fromInputStream(event -> new DownloadResponse(
                            new ByteArrayInputStream(csv), name, "text/csv; charset=UTF-8", csv.length)),
                    getTranslation("import.download", report.failed()));
            link.setId("import-failures-csv");
            link.getElement().setAttribute("download", true);
            download.add(link);
        }
    }

    private void showProblem(String message) {
        grid.setVisible(false);
        download.removeAll();
        status.setText(getTranslation("import.refused", message));
        status.getStyle().set("color", "var(--lumo-error-text-color)");
    }

    private static boolean looksLikeZip(File file) {
        try (var in = Files.newInputStream(file.toPath())) {
            byte[] head = in.readNBytes(4);
            return head.length == 4 && head[0] == 'P' && head[1] == 'K' && (head[2] == 3 || head[2] == 5);
        } catch (IOException e) {
            return false;
        }
    }

    private static void delete(File file) {
        try {
            Files.deleteIfExists(file.toPath());
        } catch (IOException e) {
            log.warn("Could not delete the uploaded file {}: {}", file, e.getMessage());
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.admin.archive-import") + " · " + getTranslation("app.title");
    }
}
