package kr.seoul.smartcity.civic.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import kr.seoul.smartcity.base.domain.Seoul;
import kr.seoul.smartcity.base.geo.DistrictGeometry;
import kr.seoul.smartcity.base.ui.Card;
import kr.seoul.smartcity.base.ui.chart.ApexChart;
import kr.seoul.smartcity.civic.domain.CivicIndex;
import kr.seoul.smartcity.civic.domain.IndexValue;
import kr.seoul.smartcity.civic.domain.ValueState;
import kr.seoul.smartcity.civic.service.CivicIndexService;
import kr.seoul.smartcity.civic.service.IndexDetail;
import kr.seoul.smartcity.civic.service.InvalidIndexValueException;
import kr.seoul.smartcity.civic.service.ValueProblem;
import kr.seoul.smartcity.directory.service.DirectoryService;
import kr.seoul.smartcity.security.service.CityUser;
import kr.seoul.smartcity.security.service.CurrentUser;
import kr.seoul.smartcity.security.service.Viewer;

/**
 * One civic-affairs index: its definition, its values against the targets year by year, its districts on the map,
 * and for the owning department the entry and confirmation of values, one by one or as a CSV file.
 */
@Route("civic/index/:code")
@AnonymousAllowed
public class CivicIndexView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final CivicIndexService civic;
    private final DirectoryService directory;
    private final DistrictGeometry geometry;
    private final Viewer viewer;
    private final Optional<CityUser> user;
    private String code = "";
    private String pageTitle = "";

    CivicIndexView(
            CivicIndexService civic, DirectoryService directory, DistrictGeometry geometry, CurrentUser currentUser) {
        this.civic = civic;
        this.directory = directory;
        this.geometry = geometry;
        this.viewer = currentUser.viewer();
        this.user = currentUser.get();
        addClassNames("page", "civic-index-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        code = event.getRouteParameters().get("code").orElse("");
        if (civic.detail(viewer, code).isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show();
    }

    private void show() {
        IndexDetail detail = civic.detail(viewer, code).orElseThrow();
        CivicIndex index = detail.index();
        pageTitle = index.name(getLocale());
        removeAll();

        Anchor back = new Anchor("civic", getTranslation("civic.back"));
        back.getElement().setAttribute("router-link", true);
        back.addClassName("back-link");
        H1 title = new H1(index.name(getLocale()));
        title.setId("civic-index-title");
        Span about = new Span(getTranslation(index.theme().labelKey()) + " · "
                + directory
                        .findDepartment(index.departmentCode())
                        .map(d -> d.name(getLocale()))
                        .orElse(index.departmentCode())
                + " · " + index.unit() + " · "
                + getTranslation(index.direction().labelKey()));
        about.addClassName("page-lead");
        Paragraph definition = new Paragraph(index.definition(getLocale()));
        definition.setId("civic-definition");
        add(back, title, about, definition);

        add(Card.titled(getTranslation("civic.history"), chart(detail), years(detail)));
        if (index.perDistrict() && !detail.districts().isEmpty()) {
            add(Card.titled(
                    getTranslation("civic.districts", String.valueOf(detail.districtYear())),
                    new DistrictAchievements(geometry, detail)));
        }
        if (detail.editable()) {
            add(Card.grid(
                    new IndexValueEntry(civic, viewer, username(), index, this::show, this::describe),
                    new IndexCsvImport(civic, viewer, username(), this::show, this::describe)));
        }
    }

    private ApexChart chart(IndexDetail detail) {
        ApexChart chart = ApexChart.line();
        chart.setId("civic-chart");
        chart.setUnit(detail.index().unit());
        chart.setFractionDigits(1);
        chart.setSeries(
                getTranslation("civic.actual"),
                detail.years().stream()
                        .filter(v -> v.actual() != null)
                        .map(v -> new ApexChart.Point(yearStart(v.year()), v.actual()))
                        .toList());
        chart.setReference(
                getTranslation("civic.target"),
                detail.years().stream()
                        .filter(v -> v.target() != null)
                        .map(v -> new ApexChart.Point(yearStart(v.year()), v.target()))
                        .toList());
        chart.setNoDataText(getTranslation("civic.no-values"));
        chart.setAriaLabel(getTranslation("civic.chart.aria", detail.index().name(getLocale())));
        return chart;
    }

    private static java.time.Instant yearStart(int year) {
        return LocalDate.of(year, 1, 1).atStartOfDay(Seoul.ZONE).toInstant();
    }

    private Grid<IndexValue> years(IndexDetail detail) {
        Grid<IndexValue> grid = new Grid<>();
        grid.setId("civic-years");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.addColumn(IndexValue::year)
                .setHeader(getTranslation("civic.year"))
                .setWidth("4.5em")
                .setFlexGrow(0);
        grid.addColumn(v -> Achievement.number(v.target(), getLocale()))
                .setHeader(getTranslation("civic.target"))
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(v -> Achievement.number(v.actual(), getLocale()))
                .setHeader(getTranslation("civic.actual"))
                .setTextAlign(ColumnTextAlign.END);
        grid.addComponentColumn(v -> state(detail, v))
                .setHeader(getTranslation("civic.achievement"))
                .setFlexGrow(2);
        grid.setItems(detail.years().reversed());
        grid.setPartNameGenerator(v -> "year-" + v.year());
        return grid;
    }

    private Div state(IndexDetail detail, IndexValue value) {
        Span state = new Span(getTranslation(value.state().labelKey()));
        state.addClassName("civic-state-label");
        Div cell = new Div(Achievement.badge(rate(detail.index(), value), getLocale()), state);
        if (detail.editable() && value.state() == ValueState.ENTERED) {
            Button confirm = new Button(getTranslation("civic.confirm"), click -> confirm(value));
            confirm.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
            confirm.setId("confirm-" + value.year() + (value.cityWide() ? "" : "-" + value.districtCode()));
            cell.add(confirm);
        }
        cell.addClassName("civic-state");
        return cell;
    }

    static Double rate(CivicIndex index, IndexValue value) {
        OptionalDouble rate = value.achievement(index.direction());
        return rate.isPresent() ? rate.getAsDouble() : null;
    }

    private void confirm(IndexValue value) {
        try {
            civic.confirm(viewer, username(), code, value.year(), value.districtCode());
            Notification.show(
                            getTranslation("civic.confirmed", String.valueOf(value.year())),
                            4000,
                            Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            show();
        } catch (InvalidIndexValueException e) {
            error(e.problems().stream().map(this::describe).toList());
        }
    }

    private String describe(ValueProblem problem) {
        String text = getTranslation(problem.key(), problem.arguments().toArray());
        return problem.line() > 0 ? getTranslation("civic.csv.line", problem.line(), text) : text;
    }

    private void error(List<String> lines) {
        Notification.show(String.join("\n", lines), 6000, Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    private String username() {
        return user.map(CityUser::getUsername).orElseThrow();
    }

    @Override
    public String getPageTitle() {
        return pageTitle + " · " + getTranslation("app.title");
    }
}
