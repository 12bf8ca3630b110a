package kr.seoul.smartcity.archive.ui;

import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import kr.seoul.smartcity.archive.domain.ArchiveFile;
import kr.seoul.smartcity.archive.domain.ArchiveItem;
import kr.seoul.smartcity.archive.domain.ExtractionStatus;
import kr.seoul.smartcity.archive.service.ArchiveHit;
import kr.seoul.smartcity.archive.service.ArchiveItemDetails;
import kr.seoul.smartcity.archive.service.ArchiveSearchService;
import kr.seoul.smartcity.archive.service.ArchiveService;
import kr.seoul.smartcity.archive.service.ArchiveUnavailableException;
import kr.seoul.smartcity.base.domain.DisclosureClass;
import kr.seoul.smartcity.base.ui.Card;
import kr.seoul.smartcity.base.ui.DocumentPanelContributor;
import kr.seoul.smartcity.directory.service.DirectoryService;
import kr.seoul.smartcity.security.service.CurrentUser;
import kr.seoul.smartcity.security.service.Viewer;
import org.springframework.beans.factory.ObjectProvider;

/** One archive document: metadata, files to download, the PDF in the page, and similar documents. */
@Route("archive/item/:id")
@AnonymousAllowed
public class ArchiveItemView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final ArchiveService archive;
    private final ArchiveSearchService search;
    private final DirectoryService directory;
    private final Viewer viewer;
    private final ObjectProvider<DocumentPanelContributor> contributors;
    private String pageTitle = "";

    ArchiveItemView(
            ArchiveService archive,
            ArchiveSearchService search,
            DirectoryService directory,
            CurrentUser currentUser,
            ObjectProvider<DocumentPanelContributor> contributors) {
        this.contributors = contributors;
        this.archive = archive;
        this.search = search;
        this.directory = directory;
        this.viewer = currentUser.viewer();
        addClassNames("page", "archive-item-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<ArchiveItemDetails> found =
                event.getRouteParameters().getLong("id").flatMap(id -> archive.find(viewer, id));
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        removeAll();
        show(found.get());
    }

    private void show(ArchiveItemDetails details) {
        ArchiveItem item = details.item();
        pageTitle = item.title();
        Anchor back = new Anchor("archive", getTranslation("archive.item.back"));
        back.getElement().setAttribute("router-link", true);
        back.addClassName("archive-back");
        H1 title = new H1(item.title());
        title.setId("archive-item-title");

        Div meta = new Div();
        meta.setId("archive-item-meta");
        meta.addClassName("archive-meta");
        field(meta, "archive.facet.type", getTranslation(item.type().labelKey()));
        field(
                meta,
                "archive.facet.department",
                directory
                        .findDepartment(item.departmentCode())
                        .map(d -> d.name(getLocale()))
                        .orElse(item.departmentCode()));
        field(meta, "archive.item.producer", item.producer());
        field(meta, "archive.item.date", item.issuedOn().toString());
        field(meta, "archive.item.language", getTranslation(item.language().labelKey()));
        field(meta, "archive.item.disclosure", getTranslation(item.disclosure().labelKey()));

        Div tagList = new Div();
        tagList.setId("archive-item-tags");
        tagList.addClassName("archive-tags");
        item.tags().forEach(tag -> {
            Anchor link = new Anchor(
                    "archive?q=" + java.net.URLEncoder.encode(tag, java.nio.charset.StandardCharsets.UTF_8), tag);
            link.addClassName("archive-tag");
            tagList.add(link);
        });

        Div extraction = new Div();
        extraction.setId("archive-extraction");
        extraction.addClassName("archive-extraction");
        if (details.extractionStatus() == ExtractionStatus.FAILED) {
            extraction.getElement().setAttribute("data-status", "failed");
            extraction.add(new Span(getTranslation("archive.extraction.failed")));
            details.files().stream()
                    .filter(f -> f.extractionStatus() == ExtractionStatus.FAILED)
                    .forEach(f -> extraction.add(new Paragraph(
                            f.fileName() + ": " + (f.extractionError() == null ? "" : f.extractionError()))));
        } else {
            extraction.getElement().setAttribute("data-status", "ok");
            extraction.add(new Span(getTranslation("archive.extraction.ok")));
        }

        Paragraph summary = new Paragraph(item.summary());
        summary.addClassName("archive-summary");

        Div files = new Div();
        files.setId("archive-files");
        originalDocument(item).ifPresent(files::add);
        IFrame pdf = null;
        for (ArchiveFile file : details.files()) {
            Anchor download = new Anchor(handler(file, false), file.fileName() + " (" + size(file.sizeBytes()) + ")");
            download.addClassName("archive-file");
            files.add(new Div(download));
            if (pdf == null && isPdf(file)) {
                pdf = new IFrame();
                pdf.getElement().setAttribute("src", handler(file, true));
                pdf.setId("archive-pdf");
                pdf.addClassName("archive-pdf");
                pdf.getElement().setAttribute("title", file.fileName());
            }
        }

        Div similar = new Div();
        similar.setId("archive-similar");
        try {
            List<ArchiveHit> like = search.similar(viewer, item.id(), 5);
            if (like.isEmpty()) {
                similar.add(new Paragraph(getTranslation("archive.similar.none")));
            }
            like.forEach(hit -> {
                Anchor link = new Anchor("archive/item/" + hit.id(), hit.title());
                link.getElement().setAttribute("router-link", true);
                Span date = new Span(" · " + hit.issuedOn());
                date.addClassName("archive-hit-meta");
                Div row = new Div(link, date);
                row.addClassName("archive-similar-row");
                similar.add(row);
            });
        } catch (ArchiveUnavailableException e) {
            similar.add(new Paragraph(getTranslation("archive.error.unavailable")));
        }

        Div main = new Div(meta, tagList, extraction, summary);
        main.addClassName("archive-item-main");
        add(
                back,
                title,
                Card.titled(getTranslation("archive.item.details"), main),
                Card.titled(getTranslation("archive.item.files"), files));
        contributors
                .orderedStream()
                .forEach(contributor ->
                        contributor.documentPanel("archive", item.id()).ifPresent(this::add));
        if (pdf != null) {
            add(Card.titled(getTranslation("archive.item.preview"), pdf));
        }
        add(Card.titled(getTranslation("archive.similar.title"), similar));
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

    private void field(Div meta, String key, String value) {
        Span label = new Span(getTranslation(key));
        label.addClassName("archive-meta-label");
        Span text = new Span(value);
        text.addClassName("archive-meta-value");
        meta.add(label, text);
    }

    @Override
    public String getPageTitle() {
        return pageTitle + " · " + getTranslation("app.title");
    }
}
