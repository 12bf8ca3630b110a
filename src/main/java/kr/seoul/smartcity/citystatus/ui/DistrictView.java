package kr.seoul.smartcity.citystatus.ui;

import java.util.List;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import kr.seoul.smartcity.base.domain.SeoulDistrict;
import kr.seoul.smartcity.base.events.LiveEventBus;
import kr.seoul.smartcity.base.geo.DongGeometry;
import kr.seoul.smartcity.base.ui.LiveUpdates;
import kr.seoul.smartcity.citystatus.service.CatalogueChanged;
import kr.seoul.smartcity.citystatus.service.CityStatusService;
import kr.seoul.smartcity.citystatus.service.ObservationsRecorded;
import kr.seoul.smartcity.directive.domain.ContextKind;
import kr.seoul.smartcity.directive.domain.DirectiveContext;
import kr.seoul.smartcity.directive.ui.DirectiveButton;
import kr.seoul.smartcity.security.service.CurrentUser;
import kr.seoul.smartcity.security.service.Viewer;

/** One district's indicators, opened from the map, and its dongs where a dong layer is configured. */
@Route("district/:code")
@AnonymousAllowed
public class DistrictView extends Main implements BeforeEnterObserver, AfterNavigationObserver, HasDynamicTitle {

    private final CityStatusService status;
    private final Viewer viewer;
    private final H1 title = new H1();
    private final TileGrid tiles = new TileGrid("tile-grid");
    private final Div tools = new Div();
    private final DirectiveButton directiveButton;
    private final DongGeometry dongs;
    private final Div dongArea = new Div();
    private SeoulDistrict district;

    DistrictView(
            CityStatusService status,
            CurrentUser currentUser,
            LiveEventBus events,
            DirectiveButton directiveButton,
            DongGeometry dongs) {
        this.directiveButton = directiveButton;
        this.dongs = dongs;
        this.status = status;
        this.viewer = currentUser.viewer();
        addClassNames("page", "district-view");
        title.setId("district-title");
        Anchor back = new Anchor(".", getTranslation("district.back"));
        back.getElement().setAttribute("router-link", true);
        back.addClassName("back-link");
        add(back, title, tools, tiles, dongArea);
        LiveUpdates.follow(this, events, ObservationsRecorded.TOPIC, recorded -> show());
        LiveUpdates.follow(tiles, events, CatalogueChanged.TOPIC, changed -> show());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String code = event.getRouteParameters().get("code").orElse("");
        district = SeoulDistrict.byCode(code).orElse(null);
        if (district == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        title.setText(district.name(getLocale()));
        tools.removeAll();
        directiveButton
                .forContext(
                        DirectiveContext.of(
                                ContextKind.DISTRICT,
                                district.code(),
                                district.name(getLocale()),
                                "district/" + district.code()),
                        List.of())
                .ifPresent(tools::add);
        dongArea.removeAll();
        // the drill-down into the district's dongs, where a dong layer is configured (with its attribution)
        dongs.geoJson(district.code())
                .ifPresent(shapes -> dongs.attribution()
                        .ifPresent(credit -> dongArea.add(
                                new DongMapPanel(district, shapes, dongs.dongs(district.code()), credit))));
        show();
    }

    /** {@code ?indicator=PM10&range=WEEK} opens that indicator's history for the district. */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        if (district != null) {
            IndicatorAddress.open(event.getLocation().getQueryParameters(), status, viewer, district.code());
        }
    }

    private void show() {
        if (district == null) {
            return;
        }
        String code = district.code();
        tiles.show(
                status.districtTiles(viewer, code),
                tile -> new TileCard(tile, () -> new IndicatorDialog(status, viewer, tile.indicator(), code).open()));
    }

    @Override
    public String getPageTitle() {
        return (district == null ? "" : district.name(getLocale()) + " · ") + getTranslation("app.title");
    }
}
