package kr.seoul.smartcity.dashboard.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.function.SerializableConsumer;
import kr.seoul.smartcity.base.ui.LiveUpdates;
import kr.seoul.smartcity.citystatus.domain.Indicator;
import kr.seoul.smartcity.citystatus.service.CatalogueChanged;
import kr.seoul.smartcity.citystatus.service.ObservationsRecorded;
import kr.seoul.smartcity.citystatus.ui.Formats;
import kr.seoul.smartcity.dashboard.domain.Dashboard;
import kr.seoul.smartcity.dashboard.domain.DashboardPage;
import kr.seoul.smartcity.dashboard.domain.Widget;
import kr.seoul.smartcity.dashboard.domain.WidgetForm;
import kr.seoul.smartcity.dashboard.service.DashboardActor;
import kr.seoul.smartcity.dashboard.service.DashboardChanged;
import kr.seoul.smartcity.notice.ui.NoticeBoard;
import kr.seoul.smartcity.shell.ui.PlatformStatusCard;
import org.jspecify.annotations.Nullable;

/**
 * One page of a dashboard on a twelve-column grid that folds to two columns on tablets and one on phones (in the
 * page's order, most important first) and doubles on wall screens. New values reach every widget through one
 * subscription; a change to the dashboard recomposes it live. A district chosen on a map widget filters the others
 * until the reader goes back to the whole city.
 */
class DashboardCanvas extends Composite<Div> {

    private final WidgetToolkit kit;
    private final DashboardActor reader;
    private final boolean compact;
    private final Div grid = new Div();
    private @Nullable Div filter;
    private final List<WidgetView> views = new ArrayList<>();
    private Dashboard dashboard;
    private int page;
    private @Nullable String district;
    private @Nullable SerializableConsumer<Optional<Dashboard>> onChanged;

    DashboardCanvas(WidgetToolkit kit, DashboardActor reader, Dashboard dashboard, int page, boolean compact) {
        this.kit = kit;
        this.reader = reader;
        this.dashboard = dashboard;
        this.page = page;
        this.compact = compact;
        Div root = getContent();
        root.addClassName("dashboard-canvas");
        root.getElement().setAttribute("data-dashboard", dashboard.slug());
        grid.addClassNames(
                "dashboard-grid",
                "perspective-" + dashboard.perspective().name().toLowerCase());
        root.add(grid);
        compose();
        LiveUpdates.follow(
                grid, kit.events, ObservationsRecorded.TOPIC, recorded -> views.forEach(WidgetView::refresh));
        LiveUpdates.follow(root, kit.events, CatalogueChanged.TOPIC, changed -> compose());
    }

    /**
     * Follows changes to the dashboard: it recomposes itself and tells the listener (which may rebuild its pages),
     * with an empty value when the reader may no longer open it.
     */
    DashboardCanvas followChanges(SerializableConsumer<Optional<Dashboard>> listener) {
        onChanged = listener;
        LiveUpdates.follow(getContent(), kit.events, DashboardChanged.TOPIC, changed -> {
            if (changed.slug().equals(dashboard.slug())) {
                reload();
            }
        });
        return this;
    }

    Dashboard dashboard() {
        return dashboard;
    }

    void showPage(int index) {
        page = index;
        compose();
    }

    private void reload() {
        Optional<Dashboard> now = kit.dashboards.open(reader, dashboard.slug(), getLocale());
        now.ifPresentOrElse(
                d -> {
                    dashboard = d;
                    page = Math.min(page, d.layout().pages().size() - 1);
                    compose();
                },
                () -> {
                    views.clear();
                    grid.removeAll();
                    grid.add(new Paragraph(getTranslation("dashboard.gone")));
                });
        if (onChanged != null) {
            onChanged.accept(now);
        }
    }

    private void compose() {
        views.clear();
        grid.removeAll();
        List<DashboardPage> pages = dashboard.layout().pages();
        if (pages.isEmpty() || pages.get(Math.max(0, page)).widgets().isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("dashboard.empty"));
            empty.addClassName("dashboard-empty");
            grid.add(empty);
            return;
        }
        for (Widget widget : pages.get(Math.max(0, page)).widgets()) {
            view(widget).ifPresent(view -> {
                var element = view.component().getElement();
                element.getClassList().addAll(List.of("widget", "w-" + widget.width(), "h-" + widget.height()));
                element.setAttribute("data-widget", widget.id());
                views.add(view);
                grid.add(view.component());
                if (district != null) {
                    view.showDistrict(district);
                }
            });
        }
    }

    private Optional<WidgetView> view(Widget widget) {
        return switch (widget.kind()) {
            case INDICATOR ->
                Optional.ofNullable(widget.indicator())
                        .flatMap(code -> kit.status.indicator(reader.viewer(), code))
                        .map(indicator -> indicatorView(widget, indicator));
            case KEY_TILES, AREA_TILES ->
                Optional.of(new TilesWidget(kit, reader, widget, getLocale(), getTranslation("dashboard.key")));
            case NOTICES ->
                Optional.of(
                        new FixedWidget(new NoticeBoard(kit.notices, kit.directory, kit.events, reader.viewer(), 8)));
            case PLATFORM_STATUS ->
                reader.viewer().isStaff()
                        ? Optional.of(new FixedWidget(new PlatformStatusCard(kit.platform)))
                        : Optional.empty();
            case TEXT -> Optional.of(new FixedWidget(TextWidget.of(widget, getLocale())));
        };
    }

    private WidgetView indicatorView(Widget widget, Indicator indicator) {
        if (widget.form() == WidgetForm.MAP && indicator.perDistrict()) {
            return new MapWidget(kit, reader, dashboard, widget, this::chooseDistrict, compact);
        }
        return new IndicatorWidget(kit, reader, dashboard, widget, indicator, compact);
    }

    /** A click on a district: the other widgets show it; a second click on the same district goes back. */
    void chooseDistrict(@Nullable String code) {
        district = code == null || code.equals(district) ? null : code;
        views.forEach(view -> view.showDistrict(district));
        if (filter == null) {
            // made on the first choice: most readers never choose one, and every open screen costs memory
            filter = new Div();
            filter.addClassName("dashboard-filter");
            filter.getElement().setAttribute("role", "status");
            getContent().addComponentAsFirst(filter);
        }
        filter.removeAll();
        filter.setVisible(district != null);
        if (district == null) {
            getContent().getElement().removeAttribute("data-district");
        } else {
            getContent().getElement().setAttribute("data-district", district);
        }
        if (district != null) {
            String name = Formats.district(district, getLocale());
            Span what = new Span(getTranslation("dashboard.filter.showing", name));
            Anchor more = new Anchor("district/" + district, getTranslation("dashboard.filter.open", name));
            Button back = new Button(getTranslation("dashboard.filter.clear"), click -> chooseDistrict(null));
            back.addThemeVariants(ButtonVariant.LUMO_SMALL);
            back.setId("dashboard-filter-clear");
            filter.add(what, more, back);
        }
    }
}
