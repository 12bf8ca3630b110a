package kr.seoul.smartcity.cityfeed.ui;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import kr.seoul.smartcity.base.domain.SeoulDistrict;
import kr.seoul.smartcity.base.ui.LimitedUploads;
import kr.seoul.smartcity.cityfeed.domain.DataSource;
import kr.seoul.smartcity.cityfeed.domain.DataSourceStore;
import kr.seoul.smartcity.cityfeed.domain.SourceKind;
import kr.seoul.smartcity.cityfeed.domain.SourceMapping;
import kr.seoul.smartcity.cityfeed.domain.SourceRequest;
import kr.seoul.smartcity.cityfeed.domain.SourceRun;
import kr.seoul.smartcity.cityfeed.service.DeclaredSourceHealth;
import kr.seoul.smartcity.cityfeed.service.DeclaredSourcePoller;
import kr.seoul.smartcity.cityfeed.service.DeclaredSourceRunner;
import kr.seoul.smartcity.cityfeed.service.DeclaredSources;
import kr.seoul.smartcity.cityfeed.service.InvalidSourceException;
import kr.seoul.smartcity.cityfeed.service.ObservationMapper;
import kr.seoul.smartcity.citystatus.service.IndicatorCatalog;
import kr.seoul.smartcity.citystatus.service.ObservationInput;
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
    static final List<String> KNOWN_CREDENTIALS = List.of("city.sources.seoul.key", "city.sources.subway.key",
            "city.sources.safety.key", "city.sources.data-go-kr.key");
    private static final int ROWS_SHOWN = 20;


    private final DeclaredSources sources;
    private final DeclaredSourceRunner runner;
    private final DeclaredSourcePoller poller;
    private final Viewer viewer;
    private final String username;
    private final DataSourceForm form;
    private final H1 title = new H1();
    private final java.text.DecimalFormat number = new java.text.DecimalFormat("#,##0.######");
    private final Div dryRun = new Div();
    private final Div health = new Div();
    private final Div versions = new Div();
    private final Button save = new Button();
    private final Button runNow = new Button();
    private final Button delete = new Button();
    private final Div upload = new Div();

    DataSourceView(DeclaredSources sources, DeclaredSourceRunner runner, DeclaredSourcePoller poller,
                   IndicatorCatalog catalog, DirectoryService directory, CurrentUser user) {
        this.sources = sources;
        this.runner = runner;
        this.poller = poller;
        this.viewer = user.viewer();
        this.username = user.get().map(CityUser::getUsername).orElse("?");
        Locale locale = getLocale();
        addClassNames("page", "data-source");
        form = new DataSourceForm(catalog.all(), directory.departments(), KNOWN_CREDENTIALS, locale);

        Button dry = new Button(getTranslation("data-source.dry-run"), VaadinIcon.FLASK.create(), click -> dryRun());
        dry.setId("dry-run");
        save.setText(getTranslation("data-source.save"));
        save.setIcon(VaadinIcon.CHECK.create());
        save.setId("save-source");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        runNow.setText(getTranslation("sources.run-now"));
        runNow.setIcon(VaadinIcon.PLAY.create());
        runNow.setId("run-source");
        runNow.addClickListener(click -> runNow());
        delete.setText(getTranslation("data-source.delete"));
        delete.setIcon(VaadinIcon.TRASH.create());
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        delete.addClickListener(click -> confirmDelete());
        FlexLayout actions = new FlexLayout(dry, save, runNow, delete);
        actions.addClassName("source-actions");
        actions.getStyle().set("gap", "var(--lumo-space-s)").set("flex-wrap", "wrap");

        dryRun.setId("dry-run-result");
        dryRun.getElement().setAttribute("aria-live", "polite");
        health.setId("source-health");
        upload.setId("source-upload");
        add(title, new Paragraph(getTranslation("data-source.intro")), form, actions, upload, dryRun, health, versions);
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter String name) {
        DataSource source = name == null ? null : sources.find(name).orElse(null);
        if (source == null) {
            form.show(new DataSource("", SourceKind.SEOUL_OPEN_DATA, SourceRequest.seoul(""),
                    new SourceMapping(SourceMapping.Field.time("yyyyMMddHHmm"), null, List.of(), null), 10,
                    "city.sources.seoul.key", true, viewer.departmentCode() == null ? "" : viewer.departmentCode(),
                    null, 0, null, null));
        } else {
            form.show(source);
        }
        showSaved(source);
    }

    private void showSaved(DataSource source) {
        boolean saved = source != null;
        title.setText(saved ? source.name() : getTranslation("data-sources.new"));
        boolean editable = viewer.role() != Role.MAYOR
                && (!saved || sources.mayEdit(viewer, source.owningDepartment()));
        save.setEnabled(editable);
        runNow.setVisible(saved && source.kind().fetched());
        delete.setVisible(saved && editable);
        health.removeAll();
        versions.removeAll();
        upload.removeAll();
        if (saved && editable && source.kind() == SourceKind.FILE) {
            showUpload(source.name());
        }
        if (saved) {
            sources.health(source.name()).ifPresent(this::showHealth);
            showVersions(source.name());
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
                .filter(problem -> !problem.field().equals("name")).toList();
        List<String> unplaced = form.mark(problems);
        dryRun.removeAll();
        if (!problems.isEmpty()) {
            dryRun.add(banner(false, String.join("; ", problems.stream().map(InvalidSourceException.Problem::message)
                    .toList())));
            return;
        }
        DeclaredSourceRunner.DryRun result = runner.dryRun(source);
        dryRun.add(new H2(getTranslation("data-source.dry-run.title")));
        dryRun.add(banner(result.ok(), result.ok()
                ? getTranslation("data-source.dry-run.ok", result.mapped().rows(), result.mapped().observations().size(),
                result.mapped().rejected().size())
                : getTranslation("data-source.dry-run.failed", result.problem())));
        unplaced.forEach(message -> dryRun.add(new Paragraph(message)));
        if (result.mapped() != null) {
            dryRun.add(new H3(getTranslation("data-source.dry-run.values", result.mapped().observations().size())),
                    observations(result.mapped().observations()));
            if (!result.mapped().rejected().isEmpty()) {
                dryRun.add(new H3(getTranslation("data-source.dry-run.rejected", result.mapped().rejected().size())),
                        rejected(result.mapped().rejected()));
            }
            Pre parsed = new Pre(result.fetched().rows().stream().limit(ROWS_SHOWN).map(Object::toString)
                    .collect(Collectors.joining("\n")));
            parsed.addClassName("source-raw");
            dryRun.add(details(getTranslation("data-source.dry-run.rows", result.fetched().rows().size()), parsed));
        }
        if (result.fetched() != null) {
            Pre raw = new Pre(result.fetched().raw());
            raw.addClassName("source-raw");
            raw.setId("dry-run-raw");
            dryRun.add(details(getTranslation("data-source.dry-run.raw"), raw));
        }
        dryRun.scrollIntoView();
    }

    private Grid<ObservationInput> observations(List<ObservationInput> values) {
        Grid<ObservationInput> grid = new Grid<>();
        grid.setId("dry-run-values");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.addColumn(ObservationInput::indicatorCode).setHeader(getTranslation("data-source.value.indicator"));
        grid.addColumn(value -> value.districtCode() == null ? getTranslation("data-source.city")
                : SeoulDistrict.byCode(value.districtCode()).map(d -> d.name(getLocale())).orElse(value.districtCode()))
                .setHeader(getTranslation("data-source.district"));
        grid.addColumn(value -> SourceTexts.time(value.observedAt())).setHeader(getTranslation("data-source.time"));
        grid.addColumn(value -> number.format(value.value())).setHeader(getTranslation("data-source.value"))
                .setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END);
        grid.setItems(values.stream().limit(200).toList());
        return grid;
    }

    private Grid<ObservationMapper.Rejected> rejected(List<ObservationMapper.Rejected> rows) {
        Grid<ObservationMapper.Rejected> grid = new Grid<>();
        grid.setId("dry-run-rejected");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(ObservationMapper.Rejected::row).setHeader(getTranslation("data-source.row")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(ObservationMapper.Rejected::reason).setHeader(getTranslation("data-source.reason"))
                .setWidth("12em").setFlexGrow(2);
        grid.addColumn(ObservationMapper.Rejected::excerpt).setHeader(getTranslation("data-source.row-content"))
                .setWidth("14em").setFlexGrow(3);
        grid.setItems(rows.stream().limit(100).toList());
        return grid;
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
            Notification.show(getTranslation("data-source.saved", saved.name(), saved.version()), 4000,
                    Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (InvalidSourceException invalid) {
            List<String> unplaced = form.mark(invalid.problems());
            showProblem(invalid.refused() || !unplaced.isEmpty() ? String.join("; ", unplaced.isEmpty()
                    ? List.of(invalid.getMessage()) : unplaced) : getTranslation("data-source.fix-fields"));
        }
    }

    private void runNow() {
        try {
            SourceRun run = poller.runNow(form.name.getValue());
            Notification notice = Notification.show(run.ok()
                            ? getTranslation("data-source.run.ok", run.rowsRead(), run.observations())
                            : getTranslation("data-source.run.failed", run.error()), 6000,
                    Notification.Position.BOTTOM_START);
            notice.addThemeVariants(run.ok() ? NotificationVariant.LUMO_SUCCESS : NotificationVariant.LUMO_ERROR);
        } catch (IllegalStateException | java.util.NoSuchElementException refused) {
            showProblem(refused.getMessage());
        }
        sources.find(form.name.getValue()).ifPresent(this::showSaved);
    }

    private void confirmDelete() {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("data-source.delete.title", form.name.getValue()),
                getTranslation("data-source.delete.text"), getTranslation("data-source.delete"), click -> {
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
    private void showUpload(String name) {
        Upload file = new Upload(LimitedUploads.inMemory(DeclaredSources.MAX_UPLOAD_BYTES, 1, (metadata, bytes) ->
                getUI().ifPresent(ui -> ui.access(() -> uploaded(name, bytes)))));
        file.setAcceptedFileTypes("text/csv", ".csv");
        file.setMaxFileSize(DeclaredSources.MAX_UPLOAD_BYTES);
        file.setMaxFiles(1);
        file.setId("source-file-upload");
        UploadI18N texts = new UploadI18N();
        texts.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("data-source.upload.choose")));
        texts.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("data-source.upload.drop")));
        texts.setError(new UploadI18N.Error().setFileIsTooBig(getTranslation("data-source.upload.too-big"))
                .setIncorrectFileType(getTranslation("data-source.upload.type")));
        file.setI18n(texts);
        file.addFileRejectedListener(rejected -> showProblem(rejected.getErrorMessage()));
        upload.add(new H2(getTranslation("data-source.upload")), file);
    }

    private void uploaded(String name, byte[] bytes) {
        try {
            SourceRun run = sources.upload(viewer, username, name, bytes, poller.instance());
            Notification notice = Notification.show(run.ok()
                            ? getTranslation("data-source.run.ok", run.rowsRead(), run.observations())
                            : getTranslation("data-source.run.failed", run.error()), 6000,
                    Notification.Position.BOTTOM_START);
            notice.addThemeVariants(run.ok() ? NotificationVariant.LUMO_SUCCESS : NotificationVariant.LUMO_ERROR);
            sources.find(name).ifPresent(this::showSaved);
        } catch (InvalidSourceException refused) {
            showProblem(refused.getMessage());
        }
    }

    private void showHealth(DeclaredSourceHealth state) {
        health.add(new H2(getTranslation("data-source.health")));
        FlexLayout facts = new FlexLayout(SourceBadges.state(this, state.state()),
                fact("sources.column.last-success", SourceTexts.time(state.status().lastSuccessAt())),
                fact("data-sources.column.lag", state.lag() == null ? "—" : SourceTexts.duration(this, state.lag())),
                fact("sources.column.rows-last", String.valueOf(state.status().rowsLastRun())),
                fact("sources.column.interval", SourceTexts.every(this, state.source().every())));
        facts.getStyle().set("gap", "var(--lumo-space-m)").set("flex-wrap", "wrap").set("align-items", "center");
        health.add(facts, SourceBadges.error(state.status(), state.state()));
        Grid<SourceRun> runs = new Grid<>();
        runs.setId("source-runs");
        runs.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        runs.setAllRowsVisible(true);
        runs.addColumn(run -> SourceTexts.time(run.startedAt())).setHeader(getTranslation("data-source.run.started"))
                .setAutoWidth(true).setFlexGrow(0);
        runs.addComponentColumn(run -> SourceBadges.state(this, run.ok() ? DeclaredSourceHealth.State.OK
                : DeclaredSourceHealth.State.FAILING)).setHeader(getTranslation("sources.column.state")).setAutoWidth(true)
                .setFlexGrow(0);
        runs.addColumn(SourceRun::rowsRead).setHeader(getTranslation("data-source.run.rows")).setAutoWidth(true).setFlexGrow(0);
        runs.addColumn(SourceRun::observations).setHeader(getTranslation("data-source.run.values")).setAutoWidth(true)
                .setFlexGrow(0);
        runs.addColumn(run -> SourceTexts.duration(this, run.took())).setHeader(getTranslation("data-source.run.took"))
                .setAutoWidth(true).setFlexGrow(0);
        runs.addColumn(run -> run.error() == null ? "" : run.error()).setHeader(getTranslation("data-source.run.note"))
                .setWidth("16em").setFlexGrow(3);
        runs.setItems(sources.runs(state.source().name(), 50));
        health.add(new H3(getTranslation("data-source.runs")), runs);
    }

    private void showVersions(String name) {
        Grid<DataSourceStore.SourceVersion> grid = new Grid<>();
        grid.setId("source-versions");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.addColumn(DataSourceStore.SourceVersion::version).setHeader(getTranslation("data-source.version"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(version -> SourceTexts.time(version.changedAt())).setHeader(getTranslation("data-source.changed-at"));
        grid.addColumn(DataSourceStore.SourceVersion::changedBy).setHeader(getTranslation("data-source.changed-by"));
        grid.addColumn(version -> getTranslation("data-source.change." + version.change().toLowerCase(Locale.ROOT)))
                .setHeader(getTranslation("data-source.change"));
        Pre definition = new Pre();
        definition.addClassName("source-raw");
        grid.addSelectionListener(selected -> definition.setText(selected.getFirstSelectedItem()
                .map(DataSourceStore.SourceVersion::definition).orElse("")));
        grid.setItems(sources.versions(name));
        versions.add(details(getTranslation("data-source.versions"), new Div(grid, definition)));
    }

    private Div fact(String key, String value) {
        Span label = new Span(getTranslation(key) + ": ");
        label.addClassName("status-detail");
        return new Div(label, new Span(value));
    }

    private static Details details(String summary, com.vaadin.flow.component.Component content) {
        Details details = new Details(summary, content);
        details.setWidthFull();
        return details;
    }

    private Div banner(boolean ok, String text) {
        Div banner = new Div(new Span(text));
        banner.addClassNames("source-banner", ok ? "source-banner-ok" : "source-banner-problem");
        banner.getElement().setAttribute("role", ok ? "status" : "alert");
        return banner;
    }

    private void showProblem(String message) {
        Notification.show(message, 8000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.admin.data-sources") + " · " + getTranslation("app.title");
    }
}
