package kr.seoul.smartcity.display.ui;

import java.util.Optional;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;
import kr.seoul.smartcity.command.service.Asker;
import kr.seoul.smartcity.command.ui.Askers;
import kr.seoul.smartcity.display.domain.Display;
import kr.seoul.smartcity.display.service.DisplayRefusedException;
import kr.seoul.smartcity.display.service.DisplayService;
import kr.seoul.smartcity.security.service.CityUser;
import kr.seoul.smartcity.security.service.CurrentUser;
import kr.seoul.smartcity.security.service.RateLimit;
import kr.seoul.smartcity.security.ui.UiRateLimits;

/**
 * 리모컨: a phone or tablet pairs with a display by the code the display shows (typed, or from its QR code, which
 * opens this page with the code), then steers it. The displays paired before are listed to steer again.
 */
@Route("remote")
@PermitAll
@Menu(order = 13.5, title = "nav.remote", icon = "vaadin:mobile")
@StyleSheet("themes/city/display.css")
public class RemoteView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final DisplayService displays;
    private final UiRateLimits limits;
    private final Asker remote;
    private final String remoteName;
    private final TextField code = new TextField();
    private final Div paired = new Div();

    RemoteView(DisplayService displays, CurrentUser currentUser, UiRateLimits limits) {
        this.displays = displays;
        this.limits = limits;
        this.remote = Askers.current(currentUser);
        this.remoteName = currentUser.get().map(CityUser::displayName).orElse("");
        addClassNames("page", "remote-view");
        code.setId("remote-code");
        code.setLabel(getTranslation("remote.code"));
        code.setHelperText(getTranslation("remote.code.help"));
        code.setMaxLength(7);
        code.setAllowedCharPattern("[0-9 ]");
        code.getElement().setAttribute("inputmode", "numeric");
        code.getElement().setAttribute("autocomplete", "one-time-code");
        Button pair = new Button(
                getTranslation("remote.pair"),
                VaadinIcon.LINK.create(),
                click -> pair(code.getValue())
                        .ifPresent(display ->
                                getUI().ifPresent(ui -> ui.navigate(RemoteControlView.class, controls(display)))));
        pair.setId("remote-pair");
        pair.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        pair.addClickShortcut(Key.ENTER);
        Div form = new Div(code, pair);
        form.addClassName("remote-pair-form");
        paired.setId("remote-displays");
        Paragraph lead = new Paragraph(getTranslation("remote.lead"));
        lead.addClassName("page-lead");
        add(new H1(getTranslation("nav.remote")), lead, form, new H2(getTranslation("remote.displays")), paired);
        showPaired();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("code").ifPresent(scanned -> {
            code.setValue(scanned);
            pair(scanned).ifPresent(display -> event.forwardTo(RemoteControlView.class, controls(display)));
        });
    }

    private Optional<Display> pair(String entered) {
        if (entered.replaceAll("\\D", "").length() != 6) {
            code.setInvalid(true);
            code.setErrorMessage(getTranslation("remote.code.invalid"));
            return Optional.empty();
        }
        if (!limits.allow(this, RateLimit.DISPLAY_PAIRING)) {
            return Optional.empty();
        }
        try {
            return Optional.of(displays.pair(remote, remoteName, entered));
        } catch (DisplayRefusedException refused) {
            code.setInvalid(true);
            code.setErrorMessage(getTranslation(refused.messageKey()));
            Notification.show(getTranslation(refused.messageKey()), 5000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
            return Optional.empty();
        }
    }

    private static RouteParameters controls(Display display) {
        return new RouteParameters("id", display.id().toString());
    }

    private void showPaired() {
        paired.removeAll();
        var list = displays.pairedWith(remote);
        if (list.isEmpty()) {
            paired.add(new Paragraph(getTranslation("remote.displays.none")));
            return;
        }
        list.forEach(display -> {
            Span name = new Span(getTranslation(
                    "remote.display",
                    display.code().substring(0, 3) + " " + display.code().substring(3),
                    display.shownLabel() == null ? "—" : display.shownLabel()));
            Button steer = new Button(
                    getTranslation("remote.steer"),
                    VaadinIcon.GAMEPAD.create(),
                    click -> getUI().ifPresent(ui -> ui.navigate(RemoteControlView.class, controls(display))));
            steer.addClassName("remote-steer");
            Div row = new Div(name, steer);
            row.addClassName("remote-display-row");
            paired.add(row);
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.remote") + " · " + getTranslation("app.title");
    }
}
