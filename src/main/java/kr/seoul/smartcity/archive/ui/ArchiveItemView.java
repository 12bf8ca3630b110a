package kr.seoul.smartcity.archive.ui;

import java.util.Optional;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import kr.seoul.smartcity.archive.domain.ArchiveItem;
import kr.seoul.smartcity.archive.service.ArchiveItemDetails;
import kr.seoul.smartcity.archive.service.ArchiveSearchService;
import kr.seoul.smartcity.archive.service.ArchiveService;
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
        String department = directory
                .findDepartment(item.departmentCode())
                .map(d -> d.name(getLocale()))
                .orElse(item.departmentCode());
        ArchiveItemFiles files = new ArchiveItemFiles(archive, viewer, details);
        add(
                back,
                title,
                Card.titled(getTranslation("archive.item.details"), new ArchiveItemMeta(details, department)),
                Card.titled(getTranslation("archive.item.files"), files));
        contributors
                .orderedStream()
                .forEach(contributor ->
                        contributor.documentPanel("archive", item.id()).ifPresent(this::add));
        files.preview().ifPresent(pdf -> add(Card.titled(getTranslation("archive.item.preview"), pdf)));
        add(Card.titled(getTranslation("archive.similar.title"), new SimilarDocuments(search, viewer, item.id())));
    }

    @Override
    public String getPageTitle() {
        return pageTitle + " · " + getTranslation("app.title");
    }
}
