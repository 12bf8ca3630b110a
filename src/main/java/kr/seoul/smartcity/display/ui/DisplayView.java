package kr.seoul.smartcity.display.ui;

import java.time.Duration;
import java.time.Instant;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import kr.seoul.smartcity.base.events.LiveEventBus;
import kr.seoul.smartcity.base.ui.LiveUpdates;
import kr.seoul.smartcity.command.service.Asker;
import kr.seoul.smartcity.command.ui.Askers;
import kr.seoul.smartcity.command.ui.Locations;
import kr.seoul.smartcity.display.domain.Display;
import kr.seoul.smartcity.display.service.DisplayChanged;
import kr.seoul.smartcity.display.service.DisplayService;
import kr.seoul.smartcity.security.service.CurrentUser;

/**
 * Opens this screen as a display (a wall screen, a TV): it shows a pairing code and its QR code; phones and tablets
 * of signed-in staff pair with it on {@code /remote} and choose what it shows. The display shows only what its own
 * account may see (a screen not signed in shows public content only).
 */
@Route("display")
@AnonymousAllowed
@StyleSheet("themes/city/display.css")
public class DisplayView extends Main implements HasDynamicTitle {

    static final String REMEMBERED = "city-display";

    private final DisplayService displays;
    private final Asker owner;
    private final Div pairing = new Div();
    private final String origin = origin();
    private Display display;

    DisplayView(DisplayService displays, CurrentUser currentUser, LiveEventBus events) {
        this.displays = displays;
        this.owner = Askers.current(currentUser);
        addClassNames("page", "display-view");
        pairing.setId("display-pairing");
        pairing.addClassName("display-pairing");
        add(new H1(getTranslation("display.title")), pairing);
        LiveUpdates.follow(this, events, DisplayChanged.TOPIC, changed -> {
            if (display != null && changed.displayId().equals(display.id().toString())) {
                displays.find(changed.displayId()).ifPresent(this::show);
            }
        });
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        getElement()
                .executeJs("return localStorage.getItem($0)", REMEMBERED)
                .then(String.class, this::start, failure -> start(null));
    }

    private void start(String remembered) {
        boolean wasDisplay = DisplaySession.current().isPresent();
        display = displays.open(owner, remembered);
        String id = display.id().toString();
        getElement().executeJs("localStorage.setItem($0, $1)", REMEMBERED, id);
        DisplaySession.start(id);
        if (!wasDisplay) {
            // the top bar is made once per page: load it again so that it follows the remotes from now on
            getUI().ifPresent(ui -> ui.getPage().reload());
            return;
        }
        show(display);
    }

    private void show(Display shown) {
        display = shown;
        pairing.removeAll();
        String address = origin + "/remote?code=" + shown.code();
        Span code = new Span(shown.code().substring(0, 3) + " " + shown.code().substring(3));
        code.setId("display-code");
        code.addClassName("display-code");
        code.getElement()
                .setAttribute(
                        "aria-label",
                        getTranslation(
                                "display.code.label",
                                String.join(" ", shown.code().split(""))));
        Paragraph how = new Paragraph(getTranslation("display.how", origin + "/remote"));
        how.addClassName("display-how");
        Div codeBlock = new Div(new Span(getTranslation("display.code")), code, how);
        codeBlock.addClassName("display-code-block");
        Div qr = new Div(QrCode.of(address, getTranslation("display.qr", address)));
        qr.addClassName("display-qr");
        Div top = new Div(codeBlock, qr);
        top.addClassName("display-top");
        Paragraph account = new Paragraph(
                shown.ownerUsername() == null
                        ? getTranslation("display.public")
                        : getTranslation("display.account", shown.ownerUsername()));
        account.setId("display-account");
        pairing.add(top, account, remotes(shown), nowShowing(shown), actions());
    }

    private Div remotes(Display shown) {
        Div block = new Div(new H2(getTranslation("display.remotes")));
        block.setId("display-remotes");
        if (shown.remotes().isEmpty()) {
            block.add(new Paragraph(getTranslation("display.remotes.none")));
            return block;
        }
        UnorderedList list = new UnorderedList();
        Instant now = Instant.now();
        shown.remotes()
                .forEach(remote -> list.add(new ListItem(getTranslation(
                        "display.remote",
                        remote.displayName(),
                        Math.max(0, Duration.between(remote.pairedAt(), now).toMinutes())))));
        block.add(list);
        return block;
    }

    private Div nowShowing(Display shown) {
        Div block = new Div();
        block.addClassName("display-now");
        if (shown.shownPath() != null) {
            Span what = new Span(getTranslation("display.showing", shown.shownLabel(), shown.steeredByName()));
            Button back = new Button(
                    getTranslation("display.show-again"),
                    VaadinIcon.PLAY.create(),
                    click -> getUI().ifPresent(ui -> Locations.open(ui, shown.shownPath())));
            back.setId("display-show-again");
            block.add(what, back);
        }
        return block;
    }

    private Div actions() {
        Button recode = new Button(
                getTranslation("display.recode"),
                VaadinIcon.REFRESH.create(),
                click -> show(displays.recode(owner, display.id().toString())));
        recode.setId("display-recode");
        recode.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Button end = new Button(getTranslation("display.end"), VaadinIcon.CLOSE_SMALL.create(), click -> {
            displays.close(owner, display.id().toString());
            DisplaySession.end();
            getElement().executeJs("localStorage.removeItem($0)", REMEMBERED);
            getUI().ifPresent(ui -> ui.getPage().setLocation("/"));
        });
        end.setId("display-end");
        end.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        Div actions = new Div(recode, end);
        actions.addClassName("display-actions");
        return actions;
    }

    private static String origin() {
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        if (request == null) {
            return "";
        }
        var http = request.getHttpServletRequest();
        int port = http.getServerPort();
        boolean defaultPort =
                ("http".equals(http.getScheme()) && port == 80) || ("https".equals(http.getScheme()) && port == 443);
        return http.getScheme() + "://" + http.getServerName() + (defaultPort ? "" : ":" + port)
                + http.getContextPath();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("display.title") + " · " + getTranslation("app.title");
    }
}
