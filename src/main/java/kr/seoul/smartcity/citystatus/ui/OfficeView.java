package kr.seoul.smartcity.citystatus.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import kr.seoul.smartcity.base.events.LiveEventBus;
import kr.seoul.smartcity.base.geo.DistrictGeometry;
import kr.seoul.smartcity.citystatus.service.CityFeedService;
import kr.seoul.smartcity.citystatus.service.CityStatusService;
import kr.seoul.smartcity.directory.domain.Role;
import kr.seoul.smartcity.directory.service.DirectoryService;
import kr.seoul.smartcity.notice.service.NoticeService;
import kr.seoul.smartcity.notice.ui.NoticeBoard;
import kr.seoul.smartcity.security.service.CityUser;
import kr.seoul.smartcity.security.service.CurrentUser;
import kr.seoul.smartcity.shell.service.PlatformStatusService;
import kr.seoul.smartcity.shell.ui.PlatformStatusCard;

/**
 * The mayor's main view (시장실) and every official's start page: who is signed in, the notices they may see
 * (live), and the state of the platform.
 */
@Route("office")
@RolesAllowed({Role.Names.MAYOR, Role.Names.OFFICIAL, Role.Names.ADMIN})
@Menu(order = 10, title = "nav.office", icon = "vaadin:dashboard")
public class OfficeView extends Main implements HasDynamicTitle {

    private final String titleKey;

    OfficeView(CurrentUser currentUser, DirectoryService directory, NoticeService notices, LiveEventBus events,
               PlatformStatusService platform, CityStatusService status, CityFeedService feed,
               DistrictGeometry geometry) {
        addClassNames("page", "office");
        CityUser user = currentUser.get().orElseThrow();
        titleKey = user.role() == Role.MAYOR ? "office.title.mayor" : "office.title.staff";

        H1 title = new H1(getTranslation(titleKey));
        title.setId("office-title");
        String department = user.departmentCode() == null ? ""
                : directory.findDepartment(user.departmentCode()).map(d -> " · " + d.name(getLocale())).orElse("");
        Paragraph who = new Paragraph(getTranslation("office.greeting", user.displayName())
                + " · " + getTranslation(user.role().labelKey()) + department);
        who.addClassName("office-who");

        Div grid = new Div(new NoticeBoard(notices, directory, events, currentUser.viewer(), 8), new PlatformStatusCard(platform));
        grid.addClassName("card-grid");
        add(title, who, new CityDashboard(status, feed, geometry, events, currentUser.viewer()), grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation(titleKey) + " · " + getTranslation("app.title");
    }
}
