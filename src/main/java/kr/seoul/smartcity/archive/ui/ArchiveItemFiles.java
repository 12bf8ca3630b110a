package kr.seoul.smartcity.archive.ui;

import java.util.Optional;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import kr.seoul.smartcity.archive.domain.ArchiveFile;
import kr.seoul.smartcity.archive.domain.ArchiveItem;
import kr.seoul.smartcity.archive.service.ArchiveItemDetails;
import kr.seoul.smartcity.archive.service.ArchiveService;
import kr.seoul.smartcity.base.domain.DisclosureClass;
import kr.seoul.smartcity.security.service.Viewer;
import org.jspecify.annotations.Nullable;

/**
 * An archive document's files to download, after a link to the approved original where there is one; the first PDF
 * is also offered as a preview in the page.
 */
class ArchiveItemFiles extends Div {

    private final ArchiveService archive;
    private final Viewer viewer;
    private @Nullable IFrame preview;

    ArchiveItemFiles(ArchiveService archive, Viewer viewer, ArchiveItemDetails details) {
        this.archive = archive;
        this.viewer = viewer;
        setId("archive-files");
        originalDocument(details.item()).ifPresent(this::add);
        for (ArchiveFile file : details.files()) {
            Anchor download = new Anchor(handler(file, false), file.fileName() + " (" + size(file.sizeBytes()) + ")");
            download.addClassName("archive-file");
            add(new Div(download));
            if (preview == null && isPdf(file)) {
                preview = new IFrame();
                preview.getElement().setAttribute("src", handler(file, true));
                preview.setId("archive-pdf");
                preview.addClassName("archive-pdf");
                preview.getElement().setAttribute("title", file.fileName());
            }
        }
    }

    /** The first PDF shown in the page, if the document has one. */
    Optional<IFrame> preview() {
        return Optional.ofNullable(preview);
    }

    private DownloadHandler handler(ArchiveFile file, boolean inline) {
        var handler = DownloadHandler.fromInputStream(
                download -> archive.file(viewer, file.itemId(), file.id())
                        .map(content -> new DownloadResponse(
                                content.open(),
                                content.fileName(),
                                inline ? content.contentType() : "application/octet-stream",
                                content.size()))
                        .orElseGet(() -> DownloadResponse.error(404)),
                file.fileName());
        return inline ? handler.inline() : handler;
    }

    private static boolean isPdf(ArchiveFile file) {
        return "application/pdf".equalsIgnoreCase(file.contentType())
                || file.fileName().toLowerCase().endsWith(".pdf");
    }

    private static String size(long bytes) {
        return bytes < 1024
                ? bytes + " B"
                : bytes < 1024 * 1024 ? (bytes / 1024) + " KB" : String.format("%.1f MB", bytes / (1024.0 * 1024));
    }

    /** For an approved document: a link to it in e-approval (staff) or among the published documents (citizens). */
    private Optional<Div> originalDocument(ArchiveItem item) {
        String prefix = "approval:";
        if (item.source() == null || !item.source().startsWith(prefix)) {
            return Optional.empty();
        }
        String id = item.source().substring(prefix.length());
        String href = viewer.isStaff()
                ? "approval/document/" + id
                : item.disclosure() == DisclosureClass.PUBLIC ? "documents/" + id : null;
        if (href == null) {
            return Optional.empty();
        }
        Anchor link = new Anchor(href, getTranslation("archive.item.original"));
        link.setId("archive-original");
        link.getElement().setAttribute("router-link", true);
        return Optional.of(new Div(link));
    }
}
