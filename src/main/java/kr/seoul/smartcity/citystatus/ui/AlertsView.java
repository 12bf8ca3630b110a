package kr.seoul.smartcity.citystatus.ui;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import kr.seoul.smartcity.base.events.LiveEventBus;
import kr.seoul.smartcity.base.ui.Card;
import kr.seoul.smartcity.base.ui.LiveUpdates;
import kr.seoul.smartcity.call.domain.CallContext;
import kr.seoul.smartcity.call.domain.ContextType;
import kr.seoul.smartcity.call.ui.CallButtons;
import kr.seoul.smartcity.citystatus.domain.Alert;
import kr.seoul.smartcity.citystatus.service.AlertFired;
import kr.seoul.smartcity.citystatus.service.AlertService;
import kr.seoul.smartcity.citystatus.service.IndicatorCatalog;
import kr.seoul.smartcity.directive.domain.ContextKind;
import kr.seoul.smartcity.directive.domain.DirectiveContext;
import kr.seoul.smartcity.directive.ui.DirectiveButton;
import kr.seoul.smartcity.directory.domain.Role;
import kr.seoul.smartcity.directory.service.DirectoryService;
import kr.seoul.smartcity.security.service.CityUser;
import kr.seoul.smartcity.security.service.CurrentUser;
import kr.seoul.smartcity.security.service.Viewer;

/** Open alerts for staff, to acknowledge; and the recently acknowledged ones with who and when. */
@Route("alerts")
@RolesAllowed({Role.Names.MAYOR, Role.Names.OFFICIAL, Role.Names.ADMIN})
@Menu(order = 12, title = "nav.alerts", icon = "vaadin:bell")
public class AlertsView extends Main implements HasDynamicTitle {

    private final AlertService alerts;
    private final IndicatorCatalog catalog;
    private final DirectoryService directory;
    private final CallButtons callButtons;
    private final DirectiveButton directiveButton;
    private final CityUser user;
    private final Viewer viewer;
    private final Div open = new Div();
    private final Div acknowledged = new Div();

    AlertsView(
            AlertService alerts,
            IndicatorCatalog catalog,
            DirectoryService directory,
            CurrentUser currentUser,
            LiveEventBus events,
            CallButtons callButtons,
            DirectiveButton directiveButton) {
        this.directiveButton = directiveButton;
        this.alerts = alerts;
        this.catalog = catalog;
        this.directory = directory;
        this.callButtons = callButtons;
        this.user = currentUser.get().orElseThrow();
        this.viewer = currentUser.viewer();
        addClassNames("page", "alerts-view");
        open.setId("open-alerts");
        acknowledged.setId("acknowledged-alerts");
        add(
                new H1(getTranslation("nav.alerts")),
                Card.grid(
                        Card.titled(getTranslation("alert.open.title"), open),
                        Card.titled(getTranslation("alert.acknowledged.title"), acknowledged)));
        refresh();
        LiveUpdates.follow(this, events, AlertFired.TOPIC, fired -> refresh());
    }

    private void refresh() {
        open.removeAll();
        List<Alert> current = alerts.open(viewer);
        if (current.isEmpty()) {
            open.add(new Paragraph(getTranslation("alert.none")));
        }
        current.forEach(alert -> open.add(row(alert, true)));
        acknowledged.removeAll();
        alerts.recentlyAcknowledged(viewer).forEach(alert -> acknowledged.add(row(alert, false)));
    }

    private Div row(Alert alert, boolean actionable) {
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
        Div row = new Div();
        row.addClassNames("alert-row", "alert-" + alert.severity().name().toLowerCase());
        row.getElement().setAttribute("data-alert-id", String.valueOf(alert.id()));
        Span title = new Span(getTranslation("alert.fired", indicator, place));
        title.addClassName("alert-title");
        String value = catalog.find(alert.indicatorCode())
                .map(i -> Formats.value(i, alert.value(), getLocale()))
                .orElse(String.valueOf(alert.value()));
        Span detail = new Span(
                getTranslation("alert.detail", value, department) + " · " + Formats.time(alert.firedAt(), getLocale()));
        detail.addClassName("alert-detail");
        row.add(title, detail);
        if (!alert.districtCode().isEmpty()) {
            Anchor district = new Anchor("district/" + alert.districtCode(), getTranslation("alert.open-district"));
            district.getElement().setAttribute("router-link", true);
            row.add(district);
        }
        callButtons
                .forDepartment(
                        alert.owningDepartment(),
                        CallContext.of(ContextType.ALERT, alert.id(), title.getText() + " · " + department))
                .ifPresent(row::add);
        directiveButton
                .forContext(
                        DirectiveContext.of(ContextKind.ALERT, alert.id(), title.getText(), "alerts"),
                        List.of(alert.owningDepartment()))
                .ifPresent(row::add);
        row.add(acknowledgement(alert, actionable));
        return row;
    }

    /** The button that acknowledges an open alert, or who acknowledged it and when. */
    private Component acknowledgement(Alert alert, boolean actionable) {
        if (actionable) {
            Button acknowledge = new Button(getTranslation("alert.acknowledge"), click -> {
                alerts.acknowledge(alert.id(), viewer, user.displayName());
                refresh();
            });
            acknowledge.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
            acknowledge.addClassName("alert-acknowledge");
            return acknowledge;
        }
        Span who = new Span(getTranslation(
                "alert.acknowledged-by", alert.acknowledgedBy(), Formats.time(alert.acknowledgedAt(), getLocale())));
        who.addClassName("alert-who");
        return who;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.alerts") + " · " + getTranslation("app.title");
    }
}
