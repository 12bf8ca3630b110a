package kr.seoul.smartcity.cityfeed.ui;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import kr.seoul.smartcity.cityfeed.domain.DataSource;
import kr.seoul.smartcity.cityfeed.domain.SourceKind;
import kr.seoul.smartcity.cityfeed.domain.SourceMapping;
import kr.seoul.smartcity.cityfeed.domain.SourceRequest;
import kr.seoul.smartcity.cityfeed.domain.SourceRun;
import kr.seoul.smartcity.cityfeed.service.DeclaredSourcePoller;
import kr.seoul.smartcity.cityfeed.service.DeclaredSourceRunner;
import kr.seoul.smartcity.cityfeed.service.DeclaredSources;
import kr.seoul.smartcity.cityfeed.service.InvalidSourceException;
import kr.seoul.smartcity.citystatus.service.IndicatorCatalog;
import kr.seoul.smartcity.directory.domain.Role;
import kr.seoul.smartcity.directory.service.DirectoryService;
import kr.seoul.smartcity.security.service.CityUser;
import kr.seoul.smartcity.security.service.CurrentUser;
import kr.seoul.smartcity.security.service.Viewer;

/**
 * One declared source: its declaration, a dry run (fetch once and show the answer, the rows, the values they become
 * and every row that could not be used, before anything is saved), saving, running now, its health and run log, and
 * its versions.
 */
@Route("admin/data-source")
@RolesAllowed({Role.Names.ADMIN, Role.Names.OFFICIAL})
public class DataSourceView extends Main implements HasUrlParameter<String>, HasDynamicTitle {

    /** Settings the platform's own sources read their keys from, offered in the editor. */
    static final List<String> KNOWN_CREDENTIALS = List.of(
            "city.sources.seoul.key",
            "city.sources.subway.key",
            "city.sources.safety.key",
            "city.sources.data-go-kr.key");

    private final DeclaredSources sources;
    private final DeclaredSourceRunner runner;
    private final DeclaredSourcePoller poller;
    private final Viewer viewer;
    private final String username;
    private final DataSourceForm form;
    private final H1 title = new H1();
    private final DryRunReport dryRun = new DryRunReport();
    private final SourceHealthPanel health = new SourceHealthPanel();
    private final SourceVersions versions = new SourceVersions();
    private final SourceActions actions =
            new SourceActions(this::dryRun, this::save, this::runNow, this::confirmDelete);
    private final SourceFileUpload upload = new SourceFileUpload();

    DataSourceView(
            DeclaredSources sources,
            DeclaredSourceRunner runner,
            DeclaredSourcePoller poller,
            IndicatorCatalog catalog,
            DirectoryService directory,
            CurrentUser user) {
        this.sources = sources;
        this.runner = runner;
        this.poller = poller;
        this.viewer = user.viewer();
        this.username = user.get().map(CityUser::getUsername).orElse("?");
        Locale locale = getLocale();
        addClassNames("page", "data-source");
        form = new DataSourceForm(catalog.all(), directory.departments(), KNOWN_CREDENTIALS, locale);

        add(title, new Paragraph(getTranslation("data-source.intro")), form, actions, upload, dryRun, health, versions);
    }

    /** What a new source starts from: the Seoul open data portal every ten minutes, for the user's department. */
    private DataSource newSource() {
        return new DataSource(
                "",
                SourceKind.SEOUL_OPEN_DATA,
                SourceRequest.seoul(""),
                new SourceMapping(SourceMapping.Field.time("yyyyMMddHHmm"), null, List.of(), null),
                10,
                "city.sources.seoul.key",
                true,
                viewer.departmentCode() == null ? "" : viewer.departmentCode(),
                null,
                0,
                null,
                null);
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter String name) {
        DataSource source = name == null ? null : sources.find(name).orElse(null);
        if (source == null) {
            form.show(newSource());
        } else {
            form.show(source);
        }
        showSaved(source);
    }

    private void showSaved(DataSource source) {
        boolean saved = source != null;
        title.setText(saved ? source.name() : getTranslation("data-sources.new"));
        boolean editable =
                viewer.role() != Role.MAYOR && (!saved || sources.mayEdit(viewer, source.owningDepartment()));
        actions.allow(editable, saved && source.kind().fetched(), saved && editable);
        health.removeAll();
        versions.removeAll();
        upload.removeAll();
        if (saved && editable && source.kind() == SourceKind.FILE) {
            upload.offer(bytes -> uploaded(source.name(), bytes), this::showProblem);
        }
        if (saved) {
            sources.health(source.name())
                    .ifPresent(state ->
                            health.show(state, sources.runs(state.source().name(), 50)));
            versions.show(sources.versions(source.name()));
        }
    }

    private DataSource declaration() {
        try {
            return form.declaration();
        } catch (IllegalArgumentException badCodeTable) {
            showProblem(badCodeTable.getMessage());
            return null;
        }
    }

    private void dryRun() {
        DataSource source = declaration();
        if (source == null) {
            return;
        }
        List<InvalidSourceException.Problem> problems = sources.check(viewer, source).stream()
                .filter(problem -> !problem.field().equals("name"))
                .toList();
        List<String> unplaced = form.mark(problems);
        if (!problems.isEmpty()) {
            dryRun.refused(problems);
            return;
        }
        dryRun.show(runner.dryRun(source), unplaced);
    }

    private void save() {
        DataSource source = declaration();
        if (source == null) {
            return;
        }
        try {
            DataSource saved = sources.save(viewer, username, source);
            form.clearMarks();
            form.show(saved);
            showSaved(saved);
            getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, "admin/data-source/" + saved.name()));
            Notification.show(
                            getTranslation("data-source.saved", saved.name(), saved.version()),
                            4000,
                            Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (InvalidSourceException invalid) {
            List<String> unplaced = form.mark(invalid.problems());
            showProblem(
                    invalid.refused() || !unplaced.isEmpty()
                            ? String.join("; ", unplaced.isEmpty() ? List.of(invalid.getMessage()) : unplaced)
                            : getTranslation("data-source.fix-fields"));
        }
    }

    private void runNow() {
        try {
            SourceRun run = poller.runNow(form.name.getValue());
            showRun(run);
        } catch (IllegalStateException | java.util.NoSuchElementException refused) {
            showProblem(refused.getMessage());
        }
        sources.find(form.name.getValue()).ifPresent(this::showSaved);
    }

    private void confirmDelete() {
        ConfirmDialog confirm = new ConfirmDialog(
                getTranslation("data-source.delete.title", form.name.getValue()),
                getTranslation("data-source.delete.text"),
                getTranslation("data-source.delete"),
                click -> {
                    try {
                        sources.delete(viewer, username, form.name.getValue());
                        getUI().ifPresent(ui -> ui.navigate(DataSourcesView.class));
                    } catch (InvalidSourceException refused) {
                        showProblem(refused.getMessage());
                    }
                });
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("data-source.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    /** A CSV file for a file source, recorded at once as the source declares it. */
    private void uploaded(String name, byte[] bytes) {
        try {
            SourceRun run = sources.upload(viewer, username, name, bytes, poller.instance());
            showRun(run);
            sources.find(name).ifPresent(this::showSaved);
        } catch (InvalidSourceException refused) {
            upload.problem(refused.getMessage());
            showProblem(refused.getMessage());
        }
    }

    private void showRun(SourceRun run) {
        Notification notice = Notification.show(
                run.ok()
                        ? getTranslation("data-source.run.ok", run.rowsRead(), run.observations())
                        : getTranslation("data-source.run.failed", run.error()),
                6000,
                Notification.Position.BOTTOM_START);
        notice.addThemeVariants(run.ok() ? NotificationVariant.LUMO_SUCCESS : NotificationVariant.LUMO_ERROR);
    }

    private void showProblem(String message) {
        Notification.show(message, 8000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.admin.data-sources") + " · " + getTranslation("app.title");
    }
}
