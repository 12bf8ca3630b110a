package kr.seoul.smartcity.theme.ui;

import java.time.Duration;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import kr.seoul.smartcity.base.geo.DistrictGeometry;
import kr.seoul.smartcity.citystatus.service.CityStatusService;
import kr.seoul.smartcity.security.service.Viewer;
import kr.seoul.smartcity.theme.service.ThemePage;
import kr.seoul.smartcity.theme.service.ThemeService;
import org.springframework.beans.factory.annotation.Value;

/**
 * One theme on the kiosk: what the public page shows, for citizens only, with nothing that leads out of the kiosk.
 */
@Route(value = "kiosk/themes/:slug", autoLayout = false)
@AnonymousAllowed
@StyleSheet("themes/city/theme-pages.css")
public class KioskThemeView extends KioskFrame implements BeforeEnterObserver, HasDynamicTitle {

    private final ThemeService themes;
    private final CityStatusService status;
    private final DistrictGeometry geometry;
    private String title = "";

    KioskThemeView(
            ThemeService themes,
            CityStatusService status,
            DistrictGeometry geometry,
            @Value("${city.kiosk.idle-reset:60s}") Duration idle,
            @Value("${city.kiosk.idle-warning:20s}") Duration warning) {
        super(idle, warning);
        addWay("kiosk/themes", "kiosk.themes.all", VaadinIcon.ARROW_LEFT, "kiosk-themes-back");
        this.themes = themes;
        this.status = status;
        this.geometry = geometry;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String slug = event.getRouteParameters().get("slug").orElse("");
        ThemePage page = themes.page(Viewer.CITIZEN, slug).orElse(null);
        if (page == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        title = page.theme().title(getLocale());
        setHeading(title);
        add(new ThemeContent(page, status, geometry, Viewer.CITIZEN, false));
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.title");
    }
}
