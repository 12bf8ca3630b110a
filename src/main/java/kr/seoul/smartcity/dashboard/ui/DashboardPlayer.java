package kr.seoul.smartcity.dashboard.ui;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.shared.Registration;
import kr.seoul.smartcity.base.ui.IdleNotice;
import kr.seoul.smartcity.dashboard.domain.Dashboard;
import kr.seoul.smartcity.dashboard.domain.DashboardPage;
import kr.seoul.smartcity.dashboard.domain.Widget;
import kr.seoul.smartcity.dashboard.domain.WidgetKind;
import kr.seoul.smartcity.dashboard.service.DashboardActor;

/**
 * A dashboard run as a playlist: one page at a time, the next after the period; a touch or a key holds the page
 * shown, and after a while without touches it goes back to the first page and rotates again. Buttons below name the
 * pages; previous, pause and next buttons move or stop the rotation by touch and keyboard (WCAG 2.2.2). A pause lasts
 * until it is lifted or until ten times the idle time has passed without a touch, so that the next person finds the
 * screen rotating again. Before it starts over, a notice says so with the seconds left and a "계속 보기" button (WCAG
 * 2.2.1): a touch anywhere or a key keeps the screen as the person left it.
 */
class DashboardPlayer extends Composite<Div> {

    private static final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("dashboard-rotation").daemon().factory());

    private final WidgetToolkit kit;
    private final Duration every;
    private final Duration idleReset;
    private final Duration idleWarning;
    private final DashboardCanvas canvas;
    private final Div stage = new Div();
    private final Div dots = new Div();
    private final Div controls = new Div();
    private final Button pause = new Button();
    private final IdleNotice notice;
    private int current;
    private boolean paused;
    private Runnable onIdleReset = () -> {};
    private volatile Instant lastTouch = Instant.MIN;
    private Runnable onTouch;
    private ScheduledFuture<?> rotation;
    private ScheduledFuture<?> idleCheck;
    private Registration anyKey;

    /**
     * {@code prefix} names the CSS classes and ids ({@code kiosk-stage}, {@code kiosk-dot}). The notice before the
     * idle reset shows {@code idleWarning} before it, but never in the first half of the idle time.
     */
    DashboardPlayer(
            WidgetToolkit kit,
            DashboardActor reader,
            Dashboard dashboard,
            Duration every,
            Duration idleReset,
            Duration idleWarning,
            String prefix) {
        this.kit = kit;
        this.every = every;
        this.idleReset = idleReset;
        this.idleWarning = idleWarning;
        notice = new IdleNotice(prefix, this::touched);
        canvas = new DashboardCanvas(kit, reader, dashboard, 0, true);
        canvas.followChanges(changed -> changed.ifPresent(d -> {
            current = Math.min(current, d.layout().pages().size() - 1);
            showDots(prefix);
        }));
        stage.addClassName(prefix + "-stage");
        stage.setId(prefix + "-stage");
        stage.add(canvas);
        dots.addClassName(prefix + "-dots");
        Button previous = new Button(getTranslation("player.previous"), click -> step(-1));
        previous.setId(prefix + "-previous");
        pause.setId(prefix + "-pause");
        pause.addClickListener(click -> {
            touched();
            showPaused(!paused);
        });
        Button next = new Button(getTranslation("player.next"), click -> step(1));
        next.setId(prefix + "-next");
        for (Button control : List.of(previous, pause, next)) {
            control.addClassNames(prefix + "-control", "player-control");
        }
        controls.addClassNames(prefix + "-controls", "player-controls");
        controls.add(previous, pause, next);
        showPaused(false);
        getContent().addClassName("dashboard-player");
        getContent().add(stage, controls, dots, notice);
        getContent().getElement().addEventListener("pointerdown", event -> touched());
        getContent().getElement().addEventListener("keydown", event -> touched());
        showDots(prefix);
        show(0);
    }

    private void showDots(String prefix) {
        dots.removeAll();
        var pages = canvas.dashboard().layout().pages();
        for (int i = 0; i < pages.size(); i++) {
            int index = i;
            Button dot = new Button(title(pages.get(i), canvas.dashboard()), click -> {
                touched();
                show(index);
            });
            dot.addClassName(prefix + "-dot");
            dot.getElement().getClassList().set("active", i == current);
            dots.add(dot);
        }
        dots.setVisible(pages.size() > 1);
        controls.setVisible(pages.size() > 1);
    }

    private void step(int by) {
        touched();
        int pages = canvas.dashboard().layout().pages().size();
        show(Math.floorMod(current + by, pages));
    }

    /** The pause button says what it does now: pause, or resume once paused. */
    private void showPaused(boolean now) {
        paused = now;
        pause.setText(getTranslation(now ? "player.resume" : "player.pause"));
        getContent().getElement().setAttribute("data-paused", String.valueOf(now));
    }

    boolean paused() {
        return paused;
    }

    private String title(DashboardPage page, Dashboard dashboard) {
        return Optional.ofNullable(page.title(getLocale()))
                .filter(t -> !t.isBlank())
                .or(() -> page.widgets().stream()
                        .filter(w -> w.kind() == WidgetKind.AREA_TILES)
                        .map(Widget::area)
                        .findFirst()
                        .flatMap(kit.status::area)
                        .map(area -> area.name(getLocale())))
                .orElse(dashboard.name(getLocale()));
    }

    /** A person is using the screen (a touch, a key): the page shown is held until the idle time passes. */
    void touched() {
        notice.hide();
        Instant now = Instant.now();
        if (onTouch != null
                && (lastTouch == Instant.MIN || lastTouch.plus(idleReset).isBefore(now))) {
            // someone came to the screen: a touch after the idle time starts a new use, not every tap
            onTouch.run();
        }
        lastTouch = now;
    }

    /** Called when the screen returns to its start after the idle time (the person has left). */
    void onIdleReset(Runnable reset) {
        onIdleReset = reset;
    }

    /** Called at the first touch after the idle time (a person starting to use the screen). */
    void onTouch(Runnable touch) {
        onTouch = touch;
    }

    private void show(int index) {
        current = index;
        canvas.showPage(index);
        stage.getElement().setAttribute("data-panel", String.valueOf(index));
        for (int i = 0; i < dots.getComponentCount(); i++) {
            dots.getComponentAt(i).getElement().getClassList().set("active", i == index);
        }
    }

    /** Called every period: moves on unless someone is using the screen (their idle time is {@link #idle()}'s). */
    private void rotate() {
        int pages = canvas.dashboard().layout().pages().size();
        if (lastTouch != Instant.MIN || pages < 2) {
            return;
        }
        if (!paused) {
            show((current + 1) % pages);
        }
    }

    /**
     * Called every second: once the person has left the screen for the idle time, back to the start; before that, the
     * notice with the seconds left. A person who paused the rotation may read slowly: the screen waits ten times as
     * long before it starts over.
     */
    private void idle() {
        Instant touch = lastTouch;
        if (touch == Instant.MIN) {
            notice.hide();
            return;
        }
        Duration limit = paused ? idleReset.multipliedBy(10) : idleReset;
        Duration left = Duration.between(Instant.now(), touch.plus(limit));
        if (left.isNegative() || left.isZero()) {
            lastTouch = Instant.MIN;
            notice.hide();
            showPaused(false);
            show(0);
            onIdleReset.run();
        } else {
            notice.showFor(left, IdleNotice.lead(limit, idleWarning));
        }
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        UI ui = attachEvent.getUI();
        long millis = every.toMillis();
        rotation = timer.scheduleAtFixedRate(
                () -> {
                    try {
                        ui.access(this::rotate);
                    } catch (UIDetachedException gone) {
                        rotation.cancel(false);
                    }
                },
                millis,
                millis,
                TimeUnit.MILLISECONDS);
        idleCheck = timer.scheduleAtFixedRate(
                () -> {
                    try {
                        ui.access(this::idle);
                    } catch (UIDetachedException gone) {
                        idleCheck.cancel(false);
                    }
                },
                1,
                1,
                TimeUnit.SECONDS);
        // a key anywhere on the screen is a person using it, even with the focus outside the player
        anyKey = ui.getElement().addEventListener("keydown", event -> touched());
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (rotation != null) {
            rotation.cancel(false);
        }
        if (idleCheck != null) {
            idleCheck.cancel(false);
        }
        if (anyKey != null) {
            anyKey.remove();
        }
    }
}
