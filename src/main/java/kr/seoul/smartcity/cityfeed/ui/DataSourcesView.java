package kr.seoul.smartcity.cityfeed.ui;

import java.time.Duration;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import kr.seoul.smartcity.base.events.LiveEventBus;
import kr.seoul.smartcity.base.ui.LiveUpdates;
import kr.seoul.smartcity.cityfeed.service.DeclaredSourceHealth;
import kr.seoul.smartcity.cityfeed.service.DeclaredSources;
import kr.seoul.smartcity.cityfeed.service.SourceStatusChanged;
import kr.seoul.smartcity.directory.domain.Role;
import kr.seoul.smartcity.security.service.CurrentUser;

/**
 * The declared data sources and how each is doing (their health page): state, last success, lag against its
 * period, rows of the last run and the last error. Opens a source's declaration, dry run and log. Updates live.
 */
@Route("admin/data-sources")
@RolesAllowed({Role.Names.ADMIN, Role.Names.OFFICIAL})
@Menu(order = 92, title = "nav.admin.data-sources", icon = "vaadin:database")
public class DataSourcesView extends Main implements HasDynamicTitle {

    private final DeclaredSources sources;
    private final Grid<DeclaredSourceHealth> grid = new Grid<>();

    DataSourcesView(DeclaredSources sources, CurrentUser user, LiveEventBus events) {
        this.sources = sources;
        addClassNames("page", "data-sources");
        grid.setId("data-source-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.addComponentColumn(this::name)
                .setHeader(getTranslation("data-sources.column.source"))
                .setFlexGrow(2);
        grid.addComponentColumn(health -> SourceBadges.state(this, health.state()))
                .setHeader(getTranslation("sources.column.state"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(health -> SourceTexts.every(this, health.source().every()))
                .setHeader(getTranslation("sources.column.interval"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(health -> SourceTexts.time(health.status().lastSuccessAt()))
                .setHeader(getTranslation("sources.column.last-success"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(health -> lag(health.lag()))
                .setHeader(getTranslation("data-sources.column.lag"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(health -> health.status().rowsLastRun())
                .setHeader(getTranslation("sources.column.rows-last"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(health -> SourceBadges.error(health.status(), health.state()))
                .setHeader(getTranslation("sources.column.last-error"))
                .setFlexGrow(3);

        Button add = new Button(
                getTranslation("data-sources.new"),
                VaadinIcon.PLUS.create(),
                click -> getUI().ifPresent(ui -> ui.navigate(DataSourceView.class)));
        add.setId("new-data-source");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setVisible(user.get().map(u -> u.role() != Role.MAYOR).orElse(false));

        add(
                new H1(getTranslation("nav.admin.data-sources")),
                new Paragraph(getTranslation("data-sources.intro")),
                add,
                grid);
        refresh();
        LiveUpdates.follow(grid, events, SourceStatusChanged.TOPIC, changed -> refresh());
    }

    private void refresh() {
        // the ones that need someone first: failing, then late, then the rest by name
        grid.setItems(sources.health().stream()
                .sorted(java.util.Comparator.comparingInt((DeclaredSourceHealth health) -> health.healthy() ? 1 : 0)
                        .thenComparing(health -> health.state() == DeclaredSourceHealth.State.LATE)
                        .thenComparing(health -> health.source().name(), String.CASE_INSENSITIVE_ORDER))
                .toList());
    }

    private Div name(DeclaredSourceHealth health) {
        RouterLink link = new RouterLink(
                health.source().name(), DataSourceView.class, health.source().name());
        link.addClassName("status-name");
        Span about = new Span(getTranslation(health.source().kind().labelKey())
                + (health.source().description() == null
                        ? ""
                        : " · " + health.source().description()));
        about.addClassNames("status-detail", "source-about");
        about.getElement().setAttribute("title", about.getText());
        Div cell = new Div(link, new Div(about));
        cell.getStyle().set("overflow-wrap", "anywhere");
        if (health.state() == DeclaredSourceHealth.State.NO_CREDENTIAL) {
            Span key = new Span(
                    getTranslation("sources.key-missing", health.source().credential()));
            key.addClassName("status-detail");
            cell.add(new Div(key));
        }
        return cell;
    }

    private String lag(Duration lag) {
        return lag == null ? "—" : SourceTexts.duration(this, lag);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.admin.data-sources") + " · " + getTranslation("app.title");
    }

    static String stateKey(DeclaredSourceHealth.State state) {
        return state.labelKey();
    }
}
