package kr.seoul.smartcity.citystatus.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import kr.seoul.smartcity.base.domain.SeoulDistrict;
import kr.seoul.smartcity.base.events.LiveEventBus;
import kr.seoul.smartcity.base.ui.LiveUpdates;
import kr.seoul.smartcity.citystatus.service.CityStatusService;
import kr.seoul.smartcity.citystatus.service.ObservationsRecorded;
import kr.seoul.smartcity.security.service.CurrentUser;
import kr.seoul.smartcity.security.service.Viewer;

/** One district's indicators, opened from the map. */
@Route("district/:code")
@AnonymousAllowed
public class DistrictView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final CityStatusService status;
    private final Viewer viewer;
    private final H1 title = new H1();
    private final Div tiles = new Div();
    private SeoulDistrict district;

    DistrictView(CityStatusService status, CurrentUser currentUser, LiveEventBus events) {
        this.status = status;
        this.viewer = currentUser.viewer();
        addClassNames("page", "district-view");
        title.setId("district-title");
        Anchor back = new Anchor(".", getTranslation("district.back"));
        back.getElement().setAttribute("router-link", true);
        back.addClassName("back-link");
        add(back, title, tiles);
        LiveUpdates.follow(this, events, ObservationsRecorded.TOPIC, recorded -> show());
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
        show();
    }

    private void show() {
        if (district == null) {
            return;
        }
        tiles.removeAll();
        tiles.add(TileCard.grid(status.districtTiles(viewer, district.code()).stream()
                .map(tile -> new TileCard(tile,
                        () -> new IndicatorDialog(status, viewer, tile.indicator(), district.code()).open()))
                .toList()));
    }

    @Override
    public String getPageTitle() {
        return (district == null ? "" : district.name(getLocale()) + " · ") + getTranslation("app.title");
    }
}
