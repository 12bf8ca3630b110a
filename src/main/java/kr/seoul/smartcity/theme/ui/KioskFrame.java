package kr.seoul.smartcity.theme.ui;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.shared.Registration;
import kr.seoul.smartcity.base.ui.IdleNotice;
import kr.seoul.smartcity.base.ui.KioskModes;
import org.jspecify.annotations.Nullable;

/**
 * The kiosk around its theme pages: a title, large ways back (to the themes, to the kiosk's own panels), and a
 * return to the kiosk's rotation after {@code city.kiosk.idle-reset} without a touch, so the next person in the
 * station finds the kiosk as it was. {@code city.kiosk.idle-warning} before that return, the same notice as on the
 * kiosk says so with the seconds left (WCAG 2.2.1); "계속 보기", a touch or a key keeps the page. The high contrast
 * and large text a person switched on at the kiosk stay on. Nothing in it leads out of the kiosk.
 */
abstract class KioskFrame extends Main {

    private static final ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("kiosk-theme-idle").daemon().factory());

    /** A touch is reported at most once a second: the page only needs to know someone is there. */
    private static final int TOUCH_REPORT_MILLIS = 1000;

    private final Duration idle;
    private final Duration lead;
    private final H1 heading = new H1();
    private final Div ways = new Div();
    private final IdleNotice notice = new IdleNotice("kiosk-theme", this::touched);
    private final List<Registration> touches = new ArrayList<>();
    private volatile Instant lastTouch = Instant.now();
    private @Nullable ScheduledFuture<?> check;

    KioskFrame(Duration idle, Duration warning) {
        this.idle = idle;
        this.lead = IdleNotice.lead(idle, warning);
        addClassNames("kiosk", "kiosk-themes");
        heading.setId("kiosk-theme-title");
        ways.addClassName("kiosk-theme-ways");
        ways.add(way("kiosk", "kiosk.themes.home", VaadinIcon.HOME, "kiosk-home"));
        Div header = new Div(heading, ways);
        header.addClassName("kiosk-header");
        add(header, notice);
        // the modes the person switched on at the kiosk (high contrast, large text) stay on here
        KioskModes.current().applyTo(this);
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

    /** A person is using the page (a touch, a wheel, a key). */
    private void touched() {
        lastTouch = Instant.now();
        notice.hide();
    }

    /** Called every second: the notice in the last seconds, then back to the kiosk (a new page, its modes off). */
    private void idle() {
        Duration left = Duration.between(Instant.now(), lastTouch.plus(idle));
        if (left.isNegative() || left.isZero()) {
            stop();
            notice.hide();
            // the next person finds the kiosk as it starts, its modes off
            KioskModes.OFF.keep();
            getElement().executeJs("window.location.assign(new URL('kiosk', document.baseURI))");
        } else {
            notice.showFor(left, lead);
        }
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        UI ui = attachEvent.getUI();
        lastTouch = Instant.now();
        // on the body, so that a touch or a key anywhere counts, also on the notice's veil
        for (String kind : List.of("pointerdown", "keydown", "wheel")) {
            touches.add(
                    ui.getElement().addEventListener(kind, event -> touched()).throttle(TOUCH_REPORT_MILLIS));
        }
        check = clock.scheduleAtFixedRate(
                () -> {
                    try {
                        ui.access(this::idle);
                    } catch (UIDetachedException gone) {
                        stop();
                    }
                },
                1,
                1,
                TimeUnit.SECONDS);
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        stop();
        touches.forEach(Registration::remove);
        touches.clear();
    }

    private void stop() {
        ScheduledFuture<?> running = check;
        if (running != null) {
            running.cancel(false);
        }
    }
}
