package kr.seoul.smartcity.dashboard.ui;

import java.time.Clock;

import kr.seoul.smartcity.base.events.LiveEventBus;
import kr.seoul.smartcity.base.geo.DistrictGeometry;
import kr.seoul.smartcity.citystatus.service.CityFeedService;
import kr.seoul.smartcity.citystatus.service.CityStatusService;
import kr.seoul.smartcity.dashboard.service.DashboardService;
import kr.seoul.smartcity.dashboard.service.DayCharts;
import kr.seoul.smartcity.dataissue.service.DataIssueService;
import kr.seoul.smartcity.directive.ui.DirectiveButton;
import kr.seoul.smartcity.directory.service.DirectoryService;
import kr.seoul.smartcity.notice.service.NoticeService;
import kr.seoul.smartcity.security.service.CurrentUser;
import kr.seoul.smartcity.security.ui.UiRateLimits;
import kr.seoul.smartcity.shell.service.PlatformStatusService;
import kr.seoul.smartcity.usage.ui.Uses;
import org.springframework.stereotype.Component;

/** The services widgets draw from, handed to a dashboard's widgets as one. */
@Component
class WidgetToolkit {

    final CityStatusService status;
    final CityFeedService feed;
    final DayCharts dayCharts;
    final DistrictGeometry geometry;
    final LiveEventBus events;
    final NoticeService notices;
    final DirectoryService directory;
    final PlatformStatusService platform;
    final DashboardService dashboards;
    final DataIssueService issues;
    final CurrentUser currentUser;
    final UiRateLimits rateLimits;
    final DirectiveButton directiveButton;
    final Clock clock;
    final Uses uses;

    WidgetToolkit(
            CityStatusService status,
            CityFeedService feed,
            DayCharts dayCharts,
            DistrictGeometry geometry,
            LiveEventBus events,
            NoticeService notices,
            DirectoryService directory,
            PlatformStatusService platform,
            DashboardService dashboards,
            DataIssueService issues,
            CurrentUser currentUser,
            UiRateLimits rateLimits,
            DirectiveButton directiveButton,
            Clock clock,
            Uses uses) {
        this.status = status;
        this.feed = feed;
        this.dayCharts = dayCharts;
        this.geometry = geometry;
        this.events = events;
        this.notices = notices;
        this.directory = directory;
        this.platform = platform;
        this.dashboards = dashboards;
        this.issues = issues;
        this.currentUser = currentUser;
        this.rateLimits = rateLimits;
        this.directiveButton = directiveButton;
        this.clock = clock;
        this.uses = uses;
    }
}
