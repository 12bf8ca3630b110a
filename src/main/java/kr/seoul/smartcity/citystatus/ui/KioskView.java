package kr.seoul.smartcity.citystatus.ui;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import kr.seoul.smartcity.base.events.LiveEventBus;
import kr.seoul.smartcity.base.geo.DistrictGeometry;
import kr.seoul.smartcity.citystatus.service.CityFeedService;
import kr.seoul.smartcity.citystatus.service.CityStatusService;
import kr.seoul.smartcity.citystatus.service.IncidentService;
import kr.seoul.smartcity.security.service.Viewer;

/**
 * The touch-screen kiosk in subway stations: full screen, no navigation and no sign-in, public information only
 * whoever is signed in on the browser. Rotates through its panels; a touch holds the current panel, and after a
 * while without touches it returns to the first.
 */
@Route(value = "kiosk", autoLayout = false)
@AnonymousAllowed
public class KioskView extends Main implements HasDynamicTitle {

    private static final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("kiosk-rotation").daemon().factory());

    /** The areas a kiosk shows after the city at a glance, as long as they are in use. */
    private static final List<String> KIOSK_AREAS = List.of("AIR", "TRANSPORT", "SAFETY", "WATER");

    private final KioskProperties properties;
    private final List<Panel> panels = new ArrayList<>();
    private final Div stage = new Div();
    private final Div dots = new Div();
    private int current = -1;
    private volatile Instant lastTouch = Instant.MIN;
    private ScheduledFuture<?> rotation;

    private record Panel(String key, String title, Supplier<Component> content) {
    }

    KioskView(CityStatusService status, CityFeedService feed, IncidentService incidents, DistrictGeometry geometry,
              LiveEventBus events, KioskProperties properties) {
        this.properties = properties;
        addClassName("kiosk");
        panels.add(new Panel("kiosk.panel.city", getTranslation("kiosk.panel.city"),
                () -> new CityDashboard(status, feed, geometry, events, Viewer.CITIZEN)));
        for (String area : KIOSK_AREAS) {
            status.area(area).filter(a -> !a.retired()).ifPresent(a -> panels.add(new Panel("area." + a.code(),
                    a.name(getLocale()), () -> TileCard.grid(status.cityTiles(Viewer.CITIZEN, a.code())
                    .stream().map(tile -> new TileCard(tile, () -> { })).toList()))));
        }

        H1 title = new H1(getTranslation("app.title"));
        Span clock = new Span(getTranslation("kiosk.touch"));
        clock.addClassName("kiosk-hint");
        Div header = new Div(title, clock);
        header.addClassName("kiosk-header");
        stage.addClassName("kiosk-stage");
        stage.setId("kiosk-stage");
        dots.addClassName("kiosk-dots");
        for (int i = 0; i < panels.size(); i++) {
            int index = i;
            Button dot = new Button(panels.get(i).title(), click -> {
                touched();
                show(index);
            });
            dot.addClassName("kiosk-dot");
            dots.add(dot);
        }
        add(header, stage, dots);
        getElement().addEventListener("pointerdown", event -> touched());
        show(0);
    }

    private void touched() {
        lastTouch = Instant.now();
    }

    private void show(int index) {
        current = index;
        stage.removeAll();
        Panel panel = panels.get(index);
        stage.getElement().setAttribute("data-panel", String.valueOf(index));
        stage.getElement().setAttribute("data-panel-title", panel.key());
        stage.add(panel.content().get());
        for (int i = 0; i < dots.getComponentCount(); i++) {
            dots.getComponentAt(i).getElement().getClassList().set("active", i == index);
        }
    }

    /** Called every rotation period: moves on unless someone is touching; after the idle time, back to the start. */
    private void rotate() {
        Instant now = Instant.now();
        if (lastTouch.plus(properties.idleReset()).isAfter(now)) {
            return;
        }
        if (lastTouch != Instant.MIN) {
            lastTouch = Instant.MIN;
            show(0);
            return;
        }
        show((current + 1) % panels.size());
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        UI ui = attachEvent.getUI();
        long every = properties.rotateEvery().toMillis();
        rotation = timer.scheduleAtFixedRate(() -> {
            try {
                ui.access(this::rotate);
            } catch (UIDetachedException gone) {
                rotation.cancel(false);
            }
        }, every, every, TimeUnit.MILLISECONDS);
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (rotation != null) {
            rotation.cancel(false);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.title");
    }
}
