package kr.seoul.smartcity.cityfeed.ui;

import java.time.Duration;
import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import kr.seoul.smartcity.base.events.LiveEventBus;
import kr.seoul.smartcity.base.ui.LiveUpdates;
import kr.seoul.smartcity.cityfeed.service.CityFeedScheduler;
import kr.seoul.smartcity.cityfeed.service.FeedSource;
import kr.seoul.smartcity.cityfeed.service.SourceStatusChanged;
import kr.seoul.smartcity.directory.domain.Role;

/**
 * The real feeds as administrators see them: which are configured, when each last succeeded and failed and why,
 * how many rows it read, and a button to run one now. Updates live as runs start and finish.
 */
@Route("admin/sources")
@RolesAllowed(Role.Names.ADMIN)
@Menu(order = 91, title = "nav.admin.sources", icon = "vaadin:connect")
public class SourceStatusView extends Main implements HasDynamicTitle {

    private final CityFeedScheduler feeds;
    private final Grid<FeedSource> grid = new Grid<>();

    SourceStatusView(CityFeedScheduler feeds, LiveEventBus events) {
        this.feeds = feeds;
        addClassNames("page", "source-status");

        grid.setId("source-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.addComponentColumn(this::name)
                .setHeader(getTranslation("sources.column.source"))
                .setFlexGrow(2);
        grid.addComponentColumn(this::badge)
                .setHeader(getTranslation("sources.column.state"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(source -> interval(source.interval()))
                .setHeader(getTranslation("sources.column.interval"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(source -> SourceTexts.time(source.status().lastSuccessAt()))
                .setHeader(getTranslation("sources.column.last-success"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(this::lastError)
                .setHeader(getTranslation("sources.column.last-error"))
                .setFlexGrow(3);
        grid.addColumn(source -> source.status().rowsLastRun())
                .setHeader(getTranslation("sources.column.rows-last"))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(source -> source.status().rowsTotal())
                .setHeader(getTranslation("sources.column.rows-total"))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(this::runButton).setAutoWidth(true).setFlexGrow(0);

        add(new H1(getTranslation("nav.admin.sources")), new Paragraph(getTranslation("sources.intro")), grid);
        refresh();
        LiveUpdates.follow(grid, events, SourceStatusChanged.TOPIC, changed -> refresh());
    }

    private void refresh() {
        grid.setItems(feeds.sources());
    }

    private Div name(FeedSource source) {
        Span name = new Span(source.source());
        name.addClassName("status-name");
        Span about = new Span(getTranslation("sources.about." + source.source()));
        about.addClassName("status-detail");
        Div cell = new Div(name, new Div(about));
        cell.getStyle().set("overflow-wrap", "anywhere");
        if (!source.configured()) {
            Span key = new Span(getTranslation("sources.key-missing", source.keyProperty()));
            key.addClassName("status-detail");
            cell.add(new Div(key));
        }
        return cell;
    }

    private Span badge(FeedSource source) {
        FeedSource.State state = source.state();
        Span badge = new Span(getTranslation(state.labelKey()));
        badge.addClassNames(
                "status-badge",
                "source-state-" + state.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        switch (state) {
            case OK -> badge.addClassName("status-up");
            case FAILING -> badge.addClassName("status-down");
            case RUNNING -> badge.getStyle().set("background", "var(--lumo-primary-color)");
            // a solid grey that white text reads on at 5.9:1 (WCAG 1.4.3); a translucent one fell to 3.1:1
            case WAITING, NOT_CONFIGURED -> badge.getStyle().set("background", "#5b6573");
        }
        return badge;
    }

    private Div lastError(FeedSource source) {
        return SourceBadges.error(source.status(), source.state() == FeedSource.State.FAILING);
    }

    private Button runButton(FeedSource source) {
        Button run = new Button(getTranslation("sources.run-now"), VaadinIcon.PLAY.create(), click -> {
            try {
                feeds.runSoon(source.source());
                Notification.show(
                                getTranslation("sources.run-started", source.source()),
                                3000,
                                Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (IllegalStateException refused) {
                Notification.show(refused.getMessage(), 5000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        run.setId("run-" + source.source());
        run.addThemeVariants(ButtonVariant.LUMO_SMALL);
        run.setEnabled(source.configured() && !source.running());
        if (!source.configured()) {
            run.setTooltipText(getTranslation("sources.key-missing", source.keyProperty()));
        }
        return run;
    }

    private String interval(Duration interval) {
        if (interval.toSeconds() % 3600 == 0) {
            return getTranslation("sources.interval.hours", interval.toHours());
        }
        return interval.toSeconds() % 60 == 0
                ? getTranslation("sources.interval.minutes", interval.toMinutes())
                : getTranslation("sources.interval.seconds", interval.toSeconds());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.admin.sources") + " · " + getTranslation("app.title");
    }
}
