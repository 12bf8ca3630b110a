package kr.seoul.smartcity.citystatus.ui;

import java.util.List;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import kr.seoul.smartcity.base.events.LiveEventBus;
import kr.seoul.smartcity.base.ui.LiveUpdates;
import kr.seoul.smartcity.citystatus.domain.IndicatorArea;
import kr.seoul.smartcity.citystatus.service.CatalogueChanged;
import kr.seoul.smartcity.citystatus.service.CityStatusService;
import kr.seoul.smartcity.citystatus.service.ObservationsRecorded;
import kr.seoul.smartcity.security.service.CurrentUser;
import kr.seoul.smartcity.security.service.Viewer;

/**
 * Real-time city status, a tab per area of the catalogue, named in the reader's language. Citizens see public indicators; staff also the internal ones.
 */
@Route("status")
@AnonymousAllowed
@Menu(order = 1, title = "nav.status", icon = "vaadin:chart-grid")
public class CityStatusView extends Main implements HasDynamicTitle, AfterNavigationObserver {

    private final CityStatusService status;
    private final Viewer viewer;
    private final Tabs tabs = new Tabs();
    private final TileGrid content = new TileGrid("tile-grid");
    private List<IndicatorArea> areas = List.of();

    CityStatusView(CityStatusService status, CurrentUser currentUser, LiveEventBus events) {
        this.status = status;
        this.viewer = currentUser.viewer();
        addClassNames("page", "status-view");
        tabs.setId("category-tabs");
        tabs.addSelectedChangeListener(change -> show());
        content.setId("category-tiles");
        Paragraph lead = new Paragraph(getTranslation(viewer.isStaff() ? "status.lead.staff" : "status.lead.public"));
        lead.addClassName("page-lead");
        add(new H1(getTranslation("nav.status")), lead, tabs, content);
        showTabs();
        show();
        LiveUpdates.follow(this, events, ObservationsRecorded.TOPIC, recorded -> show());
        LiveUpdates.follow(tabs, events, CatalogueChanged.TOPIC, changed -> {
            showTabs();
            show();
        });
    }

    /** A tab per area with indicators the viewer may see; the chosen area stays chosen while it has any. */
    private void showTabs() {
        String chosen = chosenArea();
        List<IndicatorArea> now = status.areas(viewer);
        if (now.equals(areas)) {
            return;
        }
        areas = now;
        tabs.removeAll();
        areas.forEach(area -> {
            Tab tab = new Tab(area.name(getLocale()));
            tab.getElement().setAttribute("data-category", area.code());
            tabs.add(tab);
        });
        for (int i = 0; i < areas.size(); i++) {
            if (areas.get(i).code().equals(chosen)) {
                tabs.setSelectedIndex(i);
            }
        }
    }

    private String chosenArea() {
        int index = tabs.getSelectedIndex();
        return index >= 0 && index < areas.size() ? areas.get(index).code() : "";
    }

    private void show() {
        if (areas.isEmpty()) {
            content.show(List.of(), tile -> new TileCard(tile, () -> {}));
            return;
        }
        String area = areas.get(Math.max(0, Math.min(areas.size() - 1, tabs.getSelectedIndex())))
                .code();
        content.show(
                status.cityTiles(viewer, area),
                tile -> new TileCard(tile, () -> new IndicatorDialog(status, viewer, tile.indicator(), "").open()));
    }

    /** {@code ?indicator=PM10&range=WEEK} opens that indicator's history for the city. */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        IndicatorAddress.open(event.getLocation().getQueryParameters(), status, viewer, "");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.status") + " · " + getTranslation("app.title");
    }
}
