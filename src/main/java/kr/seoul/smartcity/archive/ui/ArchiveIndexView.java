package kr.seoul.smartcity.archive.ui;

import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import kr.seoul.smartcity.archive.service.ArchiveEmbedder;
import kr.seoul.smartcity.archive.service.ArchiveIndexStatus;
import kr.seoul.smartcity.archive.service.ArchiveIndexer;
import kr.seoul.smartcity.base.ui.Card;
import kr.seoul.smartcity.directory.domain.Role;

/**
 * The archive's search index for administrators: whether it holds what PostgreSQL holds, what waits in the outbox
 * and why entries keep failing; index the waiting entries now, or rebuild the whole index from PostgreSQL (searches
 * go on against the old index until the new one takes over).
 */
@Route("admin/archive-index")
@RolesAllowed(Role.Names.ADMIN)
@Menu(order = 93, title = "nav.admin.archive-index", icon = "vaadin:database")
public class ArchiveIndexView extends Main implements HasDynamicTitle {

    private static final int FAILING_SHOWN = 100;

    private final ArchiveIndexer indexer;
    private final ArchiveEmbedder embedder;
    private final IndexFigures figures = new IndexFigures();
    private final IndexRanking ranking = new IndexRanking();
    private final FailingIndexEntries failing = new FailingIndexEntries();
    private final Button drain = new Button();
    private final Button rebuild = new Button();
    private final ProgressBar working = new ProgressBar();
    private final Paragraph noneFailing = new Paragraph();

    ArchiveIndexView(ArchiveIndexer indexer, ArchiveEmbedder embedder) {
        this.indexer = indexer;
        this.embedder = embedder;
        addClassNames("page", "archive-index-view");
        figures.setId("index-figures");
        noneFailing.setText(getTranslation("archive.index.none-failing"));
        noneFailing.setId("index-none-failing");
        add(
                new H1(getTranslation("nav.admin.archive-index")),
                new Paragraph(getTranslation("archive.index.intro")),
                Card.titled(getTranslation("archive.index.state"), new Div(figures, actions(), working)),
                Card.titled(getTranslation("archive.index.ranking"), ranking),
                new H2(getTranslation("archive.index.failing")),
                noneFailing,
                failing);
        refresh();
    }

    /** Index the waiting entries now, rebuild the index, read the figures again; a bar while a task runs. */
    private FlexLayout actions() {
        drain.setText(getTranslation("archive.index.drain"));
        drain.setIcon(VaadinIcon.PLAY.create());
        drain.setId("index-drain");
        drain.addClickListener(click -> run(
                indexer::drainNow,
                result -> getTranslation(
                        "archive.index.drained",
                        result.indexed(),
                        result.deleted(),
                        result.failed(),
                        result.pending())));
        rebuild.setText(getTranslation("archive.index.rebuild"));
        rebuild.setIcon(VaadinIcon.REFRESH.create());
        rebuild.setId("index-rebuild");
        rebuild.addThemeVariants(ButtonVariant.LUMO_ERROR);
        rebuild.addClickListener(click -> confirmRebuild());
        Button reload = new Button(
                getTranslation("archive.index.reload"), VaadinIcon.ROTATE_RIGHT.create(), click -> refresh());
        reload.setId("index-reload");
        reload.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        working.setIndeterminate(true);
        working.setVisible(false);
        working.setId("index-working");
        FlexLayout actions = new FlexLayout(drain, rebuild, reload);
        actions.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        actions.getStyle().set("gap", "var(--lumo-space-s)");
        return actions;
    }

    private void refresh() {
        ArchiveIndexStatus status = indexer.status(FAILING_SHOWN);
        figures.removeAll();
        Span state = new Span(getTranslation(
                status.unreachable() != null
                        ? "archive.index.unreachable"
                        : status.inStep() ? "archive.index.in-step" : "archive.index.catching-up"));
        state.setId("index-state");
        state.addClassNames("status-badge", status.unreachable() != null ? "status-down" : "status-up");
        if (status.unreachable() == null && !status.inStep()) {
            state.getStyle().set("background", "var(--lumo-primary-color)");
        }
        Div badge = new Div(state);
        badge.addClassName("index-state-row");
        figures.add(badge);
        figures.figure("index-stored", "archive.index.stored", Long.toString(status.storedItems()));
        figures.figure(
                "index-indexed",
                "archive.index.indexed",
                status.indexedDocuments() == null ? "—" : Long.toString(status.indexedDocuments()));
        figures.figure("index-pending", "archive.index.pending", Long.toString(status.pending()));
        figures.figure(
                "index-name",
                "archive.index.alias",
                status.alias() + " → " + (status.indices().isEmpty() ? "—" : String.join(", ", status.indices())));
        if (status.unreachable() != null) {
            figures.figure("index-unreachable", "archive.index.reason", status.unreachable());
        } else if (status.lastError() != null) {
            figures.figure("index-last-error", "archive.index.last-error", status.lastError());
        }
        ranking.show(embedder.progress());
        failing.setItems(status.failing());
        failing.setVisible(!status.failing().isEmpty());
        noneFailing.setVisible(status.failing().isEmpty());
    }

    private void confirmRebuild() {
        Dialog dialog = new Dialog(getTranslation("archive.index.rebuild"));
        dialog.add(new Paragraph(getTranslation("archive.index.rebuild-explained")));
        Button go = new Button(getTranslation("archive.index.rebuild-confirm"), click -> {
            dialog.close();
            run(
                    indexer::rebuild,
                    result -> getTranslation(
                            "archive.index.rebuilt", result.documents(), result.index(), result.millis() / 1000.0));
        });
        go.setId("index-rebuild-confirm");
        go.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        Button cancel = new Button(getTranslation("archive.index.cancel"), click -> dialog.close());
        dialog.getFooter().add(cancel, go);
        dialog.open();
    }

    /** Runs an indexer task off the request thread and reports its outcome through push. */
    private <T> void run(Supplier<T> task, java.util.function.Function<T, String> message) {
        UI ui = UI.getCurrent();
        drain.setEnabled(false);
        rebuild.setEnabled(false);
        working.setVisible(true);
        CompletableFuture.supplyAsync(task)
                .whenComplete((result, failure) -> ui.access(() -> {
                    drain.setEnabled(true);
                    rebuild.setEnabled(true);
                    working.setVisible(false);
                    if (failure == null) {
                        Notification.show(message.apply(result), 5000, Notification.Position.BOTTOM_START)
                                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                    } else {
                        Throwable cause = failure.getCause() == null ? failure : failure.getCause();
                        Notification.show(
                                        getTranslation("archive.index.failed", cause.getMessage()),
                                        8000,
                                        Notification.Position.MIDDLE)
                                .addThemeVariants(NotificationVariant.LUMO_ERROR);
                    }
                    refresh();
                }));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.admin.archive-index") + " · " + getTranslation("app.title");
    }
}
