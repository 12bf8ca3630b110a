package kr.seoul.smartcity.citystatus.ui;

import java.util.Optional;

import com.vaadin.flow.component.Component;
import kr.seoul.smartcity.base.events.LiveEventBus;
import kr.seoul.smartcity.citystatus.service.AlertService;
import kr.seoul.smartcity.citystatus.service.IndicatorCatalog;
import kr.seoul.smartcity.directory.service.DirectoryService;
import kr.seoul.smartcity.security.service.CurrentUser;
import kr.seoul.smartcity.security.service.Viewer;
import kr.seoul.smartcity.shell.ui.NavbarContribution;

/** Puts the alert bell in the top bar for staff; citizens get none. */
@org.springframework.stereotype.Component
class AlertBellContribution implements NavbarContribution {

    private final AlertService alerts;
    private final IndicatorCatalog catalog;
    private final DirectoryService directory;
    private final LiveEventBus events;
    private final CurrentUser currentUser;

    AlertBellContribution(
            AlertService alerts,
            IndicatorCatalog catalog,
            DirectoryService directory,
            LiveEventBus events,
            CurrentUser currentUser) {
        this.alerts = alerts;
        this.catalog = catalog;
        this.directory = directory;
        this.events = events;
        this.currentUser = currentUser;
    }

    @Override
    public Optional<Component> create() {
        Viewer viewer = currentUser.viewer();
        return viewer.isStaff()
                ? Optional.of(new AlertBell(alerts, catalog, directory, events, viewer))
                : Optional.empty();
    }
}
