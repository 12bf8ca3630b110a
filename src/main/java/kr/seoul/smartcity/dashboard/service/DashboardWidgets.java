package kr.seoul.smartcity.dashboard.service;

import java.util.List;

import kr.seoul.smartcity.dashboard.domain.Dashboard;
import kr.seoul.smartcity.dashboard.domain.Perspective;
import kr.seoul.smartcity.dashboard.domain.Widget;
import kr.seoul.smartcity.directory.domain.Role;
import kr.seoul.smartcity.security.service.Viewer;
import kr.seoul.smartcity.usage.service.UsageSubjects;
import org.springframework.stereotype.Component;

/** Every widget on a shared dashboard, for the usage analytics to find those nobody opened. */
@Component
class DashboardWidgets implements UsageSubjects {

    private final DashboardService dashboards;

    DashboardWidgets(DashboardService dashboards) {
        this.dashboards = dashboards;
    }

    @Override
    public List<Subject> widgets() {
        DashboardActor everyone = new DashboardActor("usage", new Viewer(Role.ADMIN, null));
        return dashboards.openable(everyone).stream()
                .filter(d -> d.perspective() != Perspective.PERSONAL)
                .flatMap(dashboard -> dashboard
                        .layout()
                        .widgets()
                        .map(widget -> new Subject(
                                dashboard.slug() + "/" + widget.id(),
                                label(dashboard, widget),
                                dashboard.perspective().name())))
                .toList();
    }

    private static String label(Dashboard dashboard, Widget widget) {
        String what = widget.titleKo() != null
                ? widget.titleKo()
                : widget.indicator() != null
                        ? widget.indicator()
                        : widget.kind().name();
        return dashboard.nameKo() + " · " + what;
    }
}
