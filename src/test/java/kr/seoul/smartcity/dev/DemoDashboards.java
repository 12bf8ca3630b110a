package kr.seoul.smartcity.dev;

import java.util.List;

import kr.seoul.smartcity.dashboard.domain.DashboardPage;
import kr.seoul.smartcity.dashboard.domain.Layout;
import kr.seoul.smartcity.dashboard.domain.Perspective;
import kr.seoul.smartcity.dashboard.domain.Widget;
import kr.seoul.smartcity.dashboard.domain.WidgetForm;
import kr.seoul.smartcity.dashboard.domain.WidgetKind;
import kr.seoul.smartcity.dashboard.service.DashboardActor;
import kr.seoul.smartcity.dashboard.service.DashboardService;
import kr.seoul.smartcity.directory.domain.Role;
import kr.seoul.smartcity.security.service.Viewer;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;

/**
 * A department's dashboard for the demo (도시교통실), so that "교통 대시보드" and a remote's list of dashboards have one
 * to open. Made once, as an administrator would on /admin/dashboards; later changes are kept.
 */
@ConditionalOnProperty(name = "city.dev.demo-data", havingValue = "true", matchIfMissing = true)
@Order(5)
class DemoDashboards implements ApplicationRunner {

    /** Not the department's start page (dept-traffic would be): officials of 도시교통실 keep the office as it is. */
    static final String TRAFFIC = "traffic";

    private final DashboardService dashboards;

    DemoDashboards(DashboardService dashboards) {
        this.dashboards = dashboards;
    }

    @Override
    public void run(ApplicationArguments args) {
        DashboardActor admin = new DashboardActor("admin", new Viewer(Role.ADMIN, "DIGITAL"));
        if (dashboards.arrangeable(admin).stream()
                .anyMatch(dashboard -> dashboard.slug().equals(TRAFFIC))) {
            return;
        }
        var created = dashboards.create(admin, TRAFFIC, "교통 상황판", "Traffic board", Perspective.DEPARTMENT, "TRAFFIC");
        Widget tiles = new Widget(
                "traffic-tiles",
                WidgetKind.AREA_TILES,
                null,
                "TRANSPORT",
                WidgetForm.NUMBER,
                12,
                2,
                null,
                null,
                null,
                null,
                null,
                null);
        Widget speed = Widget.indicator("traffic-speed", "ROAD_SPEED", WidgetForm.LINE, 6, 2);
        Widget bikes = Widget.indicator("traffic-bikes", "BIKE_AVAILABLE", WidgetForm.RANKING, 6, 2);
        dashboards.save(
                admin,
                created.withLayout(
                        new Layout(List.of(new DashboardPage("교통 상황", "Traffic", List.of(tiles, speed, bikes))))),
                "demo");
    }
}
