package kr.seoul.smartcity.theme.ui;

import java.time.Duration;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * The kiosk around its theme pages: a title, large ways back (to the themes, to the kiosk's own panels), and a
 * return to the kiosk's rotation after {@code city.kiosk.idle-reset} without a touch, so the next person in the
 * station finds the kiosk as it was. Nothing in it leads out of the kiosk.
 */
abstract class KioskFrame extends Main {

    private final Duration idle;
    private final H1 heading = new H1();
    private final Div ways = new Div();

    KioskFrame(Duration idle) {
        this.idle = idle;
        addClassNames("kiosk", "kiosk-themes");
        heading.setId("kiosk-theme-title");
        ways.addClassName("kiosk-theme-ways");
        ways.add(way("kiosk", "kiosk.themes.home", VaadinIcon.HOME, "kiosk-home"));
        Div header = new Div(heading, ways);
        header.addClassName("kiosk-header");
        add(header);
    }

    final void setHeading(String title) {
        heading.setText(title);
    }

    /** A way back besides the kiosk's own panels, put first. */
    final void addWay(String route, String labelKey, VaadinIcon icon, String id) {
        ways.addComponentAsFirst(way(route, labelKey, icon, id));
    }

    private Anchor way(String route, String labelKey, VaadinIcon icon, String id) {
        Anchor way = new Anchor(route, "");
        way.add(icon.create(), new Span(getTranslation(labelKey)));
        way.getElement().setAttribute("router-link", true);
        way.setId(id);
        way.addClassName("kiosk-way");
        return way;
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        getElement().executeJs("""
                const frame = this; let timer;
                const again = () => { clearTimeout(timer); timer = setTimeout(() => {
                    if (frame.isConnected) { window.location.assign(new URL('kiosk', document.baseURI)); } }, $0); };
                ['pointerdown', 'keydown', 'wheel', 'scroll'].forEach(kind =>
                    frame.addEventListener(kind, again, {passive: true, capture: true}));
                again();""", idle.toMillis());
    }
}
