package kr.seoul.smartcity.citystatus.ui;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import kr.seoul.smartcity.base.events.LiveEventBus;
import kr.seoul.smartcity.base.ui.LiveUpdates;
import kr.seoul.smartcity.base.ui.TopBarBadge;
import kr.seoul.smartcity.citystatus.domain.Alert;
import kr.seoul.smartcity.citystatus.service.AlertFired;
import kr.seoul.smartcity.citystatus.service.AlertService;
import kr.seoul.smartcity.citystatus.service.IndicatorCatalog;
import kr.seoul.smartcity.directory.service.DirectoryService;
import kr.seoul.smartcity.security.service.Viewer;

/**
 * The alert bell in the top bar of every staff screen: the number of open alerts, and a notification the moment a
 * new one fires, with links to the district and the alerts page.
 */
class AlertBell extends Composite<TopBarBadge> {

    private final AlertService alerts;
    private final IndicatorCatalog catalog;
    private final DirectoryService directory;
    private final Viewer viewer;
    private final TopBarBadge badge = new TopBarBadge(
            VaadinIcon.BELL,
            new TopBarBadge.Names("alert-bell", "alert-count", "data-open", "has-alerts"),
            AlertsView.class);
    private final Set<Long> known = new HashSet<>();

    AlertBell(
            AlertService alerts,
            IndicatorCatalog catalog,
            DirectoryService directory,
            LiveEventBus events,
            Viewer viewer) {
        this.alerts = alerts;
        this.catalog = catalog;
        this.directory = directory;
        this.viewer = viewer;
        List<Alert> open = alerts.open(viewer);
        open.forEach(alert -> known.add(alert.id()));
        show(open.size());
        LiveUpdates.follow(this, events, AlertFired.TOPIC, fired -> refresh());
    }

    @Override
    protected TopBarBadge initContent() {
        return badge;
    }

    private void refresh() {
        List<Alert> open = alerts.open(viewer);
        open.stream().filter(alert -> known.add(alert.id())).forEach(this::announce);
        show(open.size());
    }

    private void show(int open) {
        badge.show(open, getTranslation("alert.bell", open));
    }

    private void announce(Alert alert) {
        String indicator = catalog.find(alert.indicatorCode())
                .map(i -> i.name(getLocale()))
                .orElse(alert.indicatorCode());
        String place = alert.districtCode().isEmpty()
                ? getTranslation("district.city")
                : Formats.district(alert.districtCode(), getLocale());
        String department = directory
                .findDepartment(alert.owningDepartment())
                .map(d -> d.name(getLocale()))
                .orElse(alert.owningDepartment());
        Div text = new Div(new Span(getTranslation("alert.fired", indicator, place)));
        text.addClassName("alert-toast-text");
        Span detail = new Span(getTranslation(
                "alert.detail",
                Formats.value(catalog.find(alert.indicatorCode()).orElseThrow(), alert.value(), getLocale()),
                department));
        detail.addClassName("alert-toast-detail");
        Div links = new Div();
        links.addClassName("alert-toast-links");
        if (!alert.districtCode().isEmpty()) {
            Anchor district = new Anchor("district/" + alert.districtCode(), getTranslation("alert.open-district"));
            district.getElement().setAttribute("router-link", true);
            links.add(district);
        }
        Anchor all = new Anchor("alerts", getTranslation("alert.open-all"));
        all.getElement().setAttribute("router-link", true);
        links.add(all);
        Notification notification = new Notification(new Div(text, detail, links));
        notification.addClassName("alert-toast");
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        notification.setPosition(Notification.Position.TOP_END);
        notification.setDuration(15000);
        // said at once, interrupting (role="alert", aria-live="assertive"), once per alert: known ids are not said
        // again
        notification.setAssertive(true);
        notification.open();
    }
}
