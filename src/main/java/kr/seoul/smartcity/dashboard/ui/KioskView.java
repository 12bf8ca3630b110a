package kr.seoul.smartcity.dashboard.ui;

import java.time.Duration;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import kr.seoul.smartcity.base.ui.KioskModes;
import kr.seoul.smartcity.citystatus.ui.SpokenTile;
import kr.seoul.smartcity.dashboard.service.DashboardActor;
import kr.seoul.smartcity.security.service.Viewer;
import org.jspecify.annotations.Nullable;

/**
 * The touch-screen kiosk in subway stations: the kiosk's dashboard run as a playlist, full screen, no navigation
 * and no sign-in, public information only whoever is signed in on the browser. Two toggles at the top switch a high
 * contrast palette and large text on and off; both return to off at the idle reset, for the next person. A live
 * region tells screen-reader users which values changed their level.
 */
@Route(value = "kiosk", autoLayout = false)
@AnonymousAllowed
@JsModule("./components/city-command.js")
@StyleSheet("themes/city/command.css")
public class KioskView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    private String station = "";
    private final Button contrast;
    private final Button largeText;
    private @Nullable DashboardPlayer player;

    KioskView(WidgetToolkit kit, KioskProperties properties) {
        addClassName("kiosk");
        H1 title = new H1(getTranslation("app.title"));
        Span hint = new Span(getTranslation("kiosk.touch"));
        hint.addClassName("kiosk-hint");
        // for a person who cannot read the screen: the key values and their trends, read aloud where the browser can
        Button speak = new Button(
                getTranslation("kiosk.speak"),
                VaadinIcon.VOLUME_UP.create(),
                click -> getElement()
                        .executeJs(
                                "window.cityCommand.speak($0, $1)",
                                SpokenTile.keyTiles(kit.status, Viewer.CITIZEN, getLocale()),
                                "en".equals(getLocale().getLanguage()) ? "en-US" : "ko-KR"));
        speak.setId("kiosk-speak");
        speak.addClassNames("kiosk-speak", "speech-only");
        // the theme pages (걷는 서울 …), in the kiosk's own frame: route named, the theme feature serves it
        Anchor themes = new Anchor("kiosk/themes", getTranslation("kiosk.themes"));
        themes.getElement().setAttribute("router-link", true);
        themes.setId("kiosk-themes-link");
        themes.addClassName("kiosk-way");
        // for people with low vision: always the first two stops, large, with their state (aria-pressed) shown
        contrast = toggle(KioskModes.CONTRAST_CLASS, "kiosk.contrast", VaadinIcon.ADJUST);
        largeText = toggle(KioskModes.LARGE_TEXT_CLASS, "kiosk.large-text", VaadinIcon.TEXT_HEIGHT);
        // back from the theme pages, the person's modes are still on
        KioskModes kept = KioskModes.current();
        setMode(contrast, kept.contrast());
        setMode(largeText, kept.largeText());
        Div modes = new Div(contrast, largeText);
        modes.addClassName("kiosk-modes");
        modes.getElement().setAttribute("role", "group");
        modes.getElement().setAttribute("aria-label", getTranslation("kiosk.modes"));
        Div header = new Div(title, modes, hint, themes, speak);
        header.addClassName("kiosk-header");
        add(header, new LiveSummary(kit, "kiosk-live"));
        kit.dashboards
                .open(DashboardActor.CITIZEN, "kiosk", getLocale())
                .ifPresentOrElse(
                        kiosk -> {
                            Duration every = kiosk.rotateSeconds() == null
                                    ? properties.rotateEvery()
                                    : Duration.ofSeconds(kiosk.rotateSeconds());
                            DashboardPlayer playing = new DashboardPlayer(
                                    kit,
                                    DashboardActor.CITIZEN,
                                    kiosk,
                                    every,
                                    properties.idleReset(),
                                    properties.idleWarning(),
                                    "kiosk");
                            playing.onTouch(() -> kit.uses.kioskTouch(station));
                            playing.onIdleReset(() -> {
                                setMode(contrast, false);
                                setMode(largeText, false);
                                KioskModes.OFF.keep();
                            });
                            player = playing;
                            add(playing);
                        },
                        () -> add(new Paragraph(getTranslation("dashboard.gone"))));
        // using the header (the toggles, the way to the themes) holds the screen as a touch on the panels does
        header.getElement().addEventListener("pointerdown", event -> touched());
        header.getElement().addEventListener("keydown", event -> touched());
    }

    private Button toggle(String id, String key, VaadinIcon icon) {
        Button toggle = new Button(getTranslation(key), icon.create());
        toggle.setId(id);
        toggle.addClassName("kiosk-mode");
        toggle.addClickListener(click -> {
            setMode(toggle, !isOn(toggle));
            new KioskModes(isOn(contrast), isOn(largeText)).keep();
        });
        toggle.getElement().setAttribute("aria-pressed", "false");
        return toggle;
    }

    private static boolean isOn(Button toggle) {
        return "true".equals(toggle.getElement().getAttribute("aria-pressed"));
    }

    /** A mode on or off: the toggle's pressed state and the class on the kiosk that the theme styles. */
    private void setMode(Button toggle, boolean on) {
        toggle.getElement().setAttribute("aria-pressed", String.valueOf(on));
        getElement().getClassList().set(toggle.getId().orElseThrow(), on);
    }

    private void touched() {
        if (player != null) {
            player.touched();
        }
    }

    /** {@code /kiosk?station=시청역} names the station, for counting touches per station. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String named = event.getLocation()
                .getQueryParameters()
                .getSingleParameter("station")
                .orElse("")
                .strip();
        station = named.length() > 64 ? named.substring(0, 64) : named;
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        getElement().executeJs("window.cityCommand.markVoice()");
        // installed from here, the kiosk opens full screen on its own page (kiosk.webmanifest), not as the site
        getElement()
                .executeJs("const link = document.querySelector('link[rel=manifest]');"
                        + "if (link) { link.setAttribute('href', 'kiosk.webmanifest'); }");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.title");
    }
}
