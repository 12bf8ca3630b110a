package kr.seoul.smartcity.theme.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import kr.seoul.smartcity.base.geo.DistrictGeometry;
import kr.seoul.smartcity.citystatus.service.CityStatusService;
import kr.seoul.smartcity.security.service.CurrentUser;
import kr.seoul.smartcity.security.service.Viewer;
import kr.seoul.smartcity.theme.service.ThemePage;
import kr.seoul.smartcity.theme.service.ThemeService;

/** One theme page: its title, then what the theme shows ({@link ThemeContent}); staff may preview an unpublished one. */
@Route("civic/themes/:slug")
@AnonymousAllowed
@StyleSheet("themes/city/theme-pages.css")
public class ThemeView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final ThemeService themes;
    private final CityStatusService status;
    private final DistrictGeometry geometry;
    private final Viewer viewer;
    private String title = "";

    ThemeView(ThemeService themes, CityStatusService status, DistrictGeometry geometry, CurrentUser currentUser) {
        this.themes = themes;
        this.status = status;
        this.geometry = geometry;
        this.viewer = currentUser.viewer();
        addClassNames("page", "theme-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String slug = event.getRouteParameters().get("slug").orElse("");
        ThemePage page = themes.page(viewer, slug).orElse(null);
        if (page == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show(page);
    }

    private void show(ThemePage page) {
        removeAll();
        title = page.theme().title(getLocale());
        Anchor back = new Anchor("civic/themes", getTranslation("theme.back"));
        back.getElement().setAttribute("router-link", true);
        H1 heading = new H1(title);
        heading.setId("theme-title");
        add(back, heading);
        if (!page.theme().published()) {
            Paragraph draft = new Paragraph(getTranslation("theme.unpublished-preview"));
            draft.addClassName("theme-draft-banner");
            add(draft);
        }
        add(new ThemeContent(page, status, geometry, viewer, true));
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.title");
    }
}
