package kr.seoul.smartcity.dashboard.ui;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.html.Div;
import kr.seoul.smartcity.base.ui.LiveUpdates;
import kr.seoul.smartcity.citystatus.service.ObservationsRecorded;
import kr.seoul.smartcity.security.service.Viewer;
import org.jspecify.annotations.Nullable;

/**
 * A polite live region, seen by no one and heard by screen readers: when a public indicator's level changes, one
 * short sentence says which (WCAG 4.1.3), at most one every 30 seconds ({@link ChangeAnnouncer}).
 */
class LiveSummary extends Composite<Div> {

    static final Duration QUIET = Duration.ofSeconds(30);

    private static final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("live-summary").daemon().factory());

    private final WidgetToolkit kit;
    private final ChangeAnnouncer announcer;
    private @Nullable ScheduledFuture<?> later;

    LiveSummary(WidgetToolkit kit, String id) {
        this.kit = kit;
        announcer = new ChangeAnnouncer(QUIET, getLocale(), this::getTranslation);
        Div region = getContent();
        region.setId(id);
        region.addClassName("live-summary");
        region.getElement().setAttribute("aria-live", "polite");
        region.getElement().setAttribute("aria-atomic", "true");
        announcer.see(kit.status.cityTiles(Viewer.CITIZEN), kit.clock.instant());
        LiveUpdates.follow(
                region,
                kit.events,
                ObservationsRecorded.TOPIC,
                recorded -> say(announcer.see(kit.status.cityTiles(Viewer.CITIZEN), kit.clock.instant())));
    }

    private void say(java.util.Optional<String> sentence) {
        sentence.ifPresent(getContent()::setText);
        // a change held back by the quiet period is said when it is over, even if no new value comes
        announcer
                .heldFor(kit.clock.instant())
                .ifPresent(wait -> getUI().ifPresent(ui -> {
                    if (later == null || later.isDone()) {
                        later = timer.schedule(
                                () -> {
                                    try {
                                        ui.access(() -> say(announcer.due(kit.clock.instant())));
                                    } catch (UIDetachedException gone) {
                                        // the screen was closed meanwhile
                                    }
                                },
                                wait.toMillis() + 100,
                                TimeUnit.MILLISECONDS);
                    }
                }));
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (later != null) {
            later.cancel(false);
        }
    }
}
