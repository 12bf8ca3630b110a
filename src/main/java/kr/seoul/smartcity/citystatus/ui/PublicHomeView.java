package kr.seoul.smartcity.citystatus.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import kr.seoul.smartcity.base.events.LiveEventBus;
import kr.seoul.smartcity.base.geo.DistrictGeometry;
import kr.seoul.smartcity.citystatus.service.CityFeedService;
import kr.seoul.smartcity.citystatus.service.CityStatusService;
import kr.seoul.smartcity.directory.service.DirectoryService;
import kr.seoul.smartcity.notice.service.NoticeService;
import kr.seoul.smartcity.notice.ui.NoticeBoard;
import kr.seoul.smartcity.security.service.Viewer;

/**
 * The citizens' front page: what the mayor sees, minus what may not be disclosed. Shows public information only,
 * whoever is signed in, so that staff see exactly what citizens see here.
 */
@Route("")
@AnonymousAllowed
@Menu(order = 0, title = "nav.home", icon = "vaadin:home")
public class PublicHomeView extends Main implements HasDynamicTitle {

    PublicHomeView(NoticeService notices, DirectoryService directory, LiveEventBus events, CityStatusService status,
                   CityFeedService feed, DistrictGeometry geometry) {
        addClassNames("page", "public-home");

        Section hero = new Section();
        hero.addClassName("hero");
        H1 title = new H1(getTranslation("home.title"));
        title.setId("home-title");
        hero.add(title, new Paragraph(getTranslation("home.lead")));

        Section about = new Section();
        about.addClassNames("card", "home-about");
        about.add(new H2(getTranslation("home.about.title")));
        UnorderedList points = new UnorderedList(
                new ListItem(getTranslation("home.about.live")),
                new ListItem(getTranslation("home.about.same")),
                new ListItem(getTranslation("home.about.disclosure")));
        about.add(points);

        Div grid = new Div(new NoticeBoard(notices, directory, events, Viewer.CITIZEN, 8), about);
        grid.addClassName("card-grid");
        add(hero, new CityDashboard(status, feed, geometry, events, Viewer.CITIZEN), grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.title");
    }
}
