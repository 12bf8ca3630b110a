package kr.seoul.smartcity.citystatus.ui;

import java.util.Arrays;
import java.util.List;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import kr.seoul.smartcity.base.events.LiveEventBus;
import kr.seoul.smartcity.base.ui.LiveUpdates;
import kr.seoul.smartcity.citystatus.domain.Indicator;
import kr.seoul.smartcity.citystatus.domain.IndicatorCategory;
import kr.seoul.smartcity.citystatus.service.CityStatusService;
import kr.seoul.smartcity.citystatus.service.ObservationsRecorded;
import kr.seoul.smartcity.security.service.CurrentUser;
import kr.seoul.smartcity.security.service.Viewer;

/**
 * Real-time city status, a tab per category. Citizens see public indicators; staff also the internal ones.
 */
@Route("status")
@AnonymousAllowed
@Menu(order = 1, title = "nav.status", icon = "vaadin:chart-grid")
public class CityStatusView extends Main implements HasDynamicTitle {

    private final CityStatusService status;
    private final Viewer viewer;
    private final Tabs tabs = new Tabs();
    private final TileGrid content = new TileGrid("tile-grid");
    private final List<IndicatorCategory> categories;

    CityStatusView(CityStatusService status, CurrentUser currentUser, LiveEventBus events) {
        this.status = status;
        this.viewer = currentUser.viewer();
        addClassNames("page", "status-view");
        List<Indicator> visible = List.copyOf(status.latest(viewer).keySet());
        categories = Arrays.stream(IndicatorCategory.values())
                .filter(category -> visible.stream().anyMatch(i -> i.category() == category)).toList();
        categories.forEach(category -> {
            Tab tab = new Tab(getTranslation(category.labelKey()));
            tab.getElement().setAttribute("data-category", category.name());
            tabs.add(tab);
        });
        tabs.setId("category-tabs");
        tabs.addSelectedChangeListener(change -> show());
        content.setId("category-tiles");
        Paragraph lead = new Paragraph(getTranslation(viewer.isStaff() ? "status.lead.staff" : "status.lead.public"));
        lead.addClassName("page-lead");
        add(new H1(getTranslation("nav.status")), lead, tabs, content);
        show();
        LiveUpdates.follow(this, events, ObservationsRecorded.TOPIC, recorded -> show());
    }

    private void show() {
        if (categories.isEmpty()) {
            return;
        }
        IndicatorCategory category = categories.get(Math.max(0, tabs.getSelectedIndex()));
        content.show(status.cityTiles(viewer, category), tile -> new TileCard(tile,
                () -> new IndicatorDialog(status, viewer, tile.indicator(), "").open()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.status") + " · " + getTranslation("app.title");
    }
}
