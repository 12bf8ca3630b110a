package kr.seoul.smartcity.usage.ui;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import kr.seoul.smartcity.base.domain.Seoul;
import kr.seoul.smartcity.directory.domain.Role;
import kr.seoul.smartcity.security.service.CurrentUser;
import kr.seoul.smartcity.usage.domain.UsageCount;
import kr.seoul.smartcity.usage.domain.UsageEvent;
import kr.seoul.smartcity.usage.domain.UsageKind;
import kr.seoul.smartcity.usage.service.UsageAnalytics;
import kr.seoul.smartcity.usage.service.UsageSubjects;

/**
 * How the platform is used (이용 분석), for administrators and the mayor: screens and widgets by role, the widgets
 * nobody opened, the mayor's day, peak hours and kiosk touches per station; the tables as CSV. Citizens appear only
 * as counts; staff only when they agreed to be recorded.
 */
@Route("admin/usage")
@StyleSheet("themes/city/usage.css")
@RolesAllowed({Role.Names.ADMIN, Role.Names.MAYOR})
@Menu(order = 97.5, title = "nav.admin.usage", icon = "vaadin:chart-3d")
public class UsageView extends Main implements HasDynamicTitle {

    private static final int LEAST = 10;
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("HH:mm").withZone(Seoul.ZONE);

    private final UsageAnalytics analytics;
    private final Role reader;
    private final Select<Integer> days = new Select<>();
    private final Div content = new Div();

    UsageView(UsageAnalytics analytics, CurrentUser currentUser) {
        this.analytics = analytics;
        this.reader = currentUser.get().orElseThrow().role();
        addClassNames("page", "usage-view");
        days.setId("usage-period");
        days.setLabel(getTranslation("usage.period"));
        days.setItems(7, 30, 90);
        days.setItemLabelGenerator(n -> getTranslation("usage.period.days", n));
        days.setValue(30);
        days.addValueChangeListener(change -> show());
        content.setId("usage-content");
        Paragraph lead = new Paragraph(getTranslation("usage.lead"));
        lead.addClassName("page-lead");
        add(new H1(getTranslation("nav.admin.usage")), lead, days, content);
        show();
    }

    private Duration period() {
        return Duration.ofDays(days.getValue());
    }

    private void show() {
        content.removeAll();
        List<UsageCount> screens = analytics.counts(reader, UsageKind.SCREEN, period());
        List<UsageCount> widgets = analytics.counts(reader, UsageKind.WIDGET, period());
        List<UsageCount> commands = analytics.counts(reader, UsageKind.COMMAND, period());
        content.add(
                new H2(getTranslation("usage.screens")),
                counts(screens, "usage-screens", true),
                csv("usage-screens.csv", screens, "usage-screens-csv"));
        List<UsageCount> least = screens.reversed().stream().limit(LEAST).toList();
        content.add(new H2(getTranslation("usage.screens.least")), counts(least, "usage-screens-least", true));
        Grid<UsageCount> widgetGrid = counts(widgets, "usage-widgets", false);
        Map<String, UsageSubjects.Subject> known = analytics.widgets();
        widgetGrid
                .addColumn(row -> known.containsKey(row.subject())
                        ? known.get(row.subject()).perspective()
                        : "")
                .setHeader(getTranslation("usage.perspective"));
        content.add(
                new H2(getTranslation("usage.widgets")),
                widgetGrid,
                csv("usage-widgets.csv", widgets, "usage-widgets-csv"));
        content.add(new H2(getTranslation("usage.widgets.unopened")), unopened());
        content.add(new H2(getTranslation("usage.commands")), counts(commands, "usage-commands", false));
        content.add(new H2(getTranslation("usage.mayor")), mayorsDay());
        content.add(new H2(getTranslation("usage.hours")), hours());
        content.add(new H2(getTranslation("usage.kiosks")), kiosks());
    }

    private Grid<UsageCount> counts(List<UsageCount> rows, String id, boolean timed) {
        Grid<UsageCount> grid = new Grid<>();
        grid.setId(id);
        grid.addColumn(UsageCount::subject)
                .setHeader(getTranslation("usage.subject"))
                .setFlexGrow(3);
        grid.addColumn(UsageCount::total).setHeader(getTranslation("usage.total"));
        grid.addColumn(UsageCount::mayor).setHeader(getTranslation("role.mayor"));
        grid.addColumn(UsageCount::officials).setHeader(getTranslation("role.official"));
        grid.addColumn(UsageCount::administrators).setHeader(getTranslation("role.admin"));
        grid.addColumn(UsageCount::citizens).setHeader(getTranslation("usage.citizens"));
        grid.addColumn(UsageCount::staff).setHeader(getTranslation("usage.staff"));
        if (timed) {
            grid.addColumn(UsageCount::averageSeconds).setHeader(getTranslation("usage.average"));
        }
        grid.setItems(rows);
        grid.setAllRowsVisible(rows.size() <= 15);
        grid.getElement().setAttribute("aria-label", getTranslation("usage.table"));
        return grid;
    }

    private Anchor csv(String file, List<UsageCount> rows, String id) {
        StringBuilder text =
                new StringBuilder("subject,total,mayor,officials,administrators,citizens,staff,average_seconds\n");
        rows.forEach(row -> text.append(quoted(row.subject()))
                .append(',')
                .append(row.total())
                .append(',')
                .append(row.mayor())
                .append(',')
                .append(row.officials())
                .append(',')
                .append(row.administrators())
                .append(',')
                .append(row.citizens())
                .append(',')
                .append(row.staff())
                .append(',')
                .append(row.averageSeconds())
                .append('\n'));
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        Anchor download = new Anchor(
                DownloadHandler.fromInputStream(request -> new DownloadResponse(
                        new ByteArrayInputStream(bytes), file, "text/csv;charset=UTF-8", bytes.length)),
                getTranslation("usage.csv"));
        download.setId(id);
        return download;
    }

    private static String quoted(String value) {
        return "\"" + value.replace("\"", "\"\"") + "\"";
    }

    private UnorderedList unopened() {
        UnorderedList list = new UnorderedList();
        list.setId("usage-unopened");
        List<UsageSubjects.Subject> widgets = analytics.unopenedWidgets(reader, period());
        widgets.forEach(widget -> list.add(new ListItem(widget.label() + " (" + widget.key() + ")")));
        if (widgets.isEmpty()) {
            list.add(new ListItem(getTranslation("usage.none")));
        }
        return list;
    }

    private Div mayorsDay() {
        DatePicker day = new DatePicker(getTranslation("usage.mayor.day"), LocalDate.now(Seoul.ZONE));
        day.setId("usage-mayor-day");
        OrderedList path = new OrderedList();
        path.setId("usage-mayor-path");
        Runnable fill = () -> {
            path.removeAll();
            List<UsageEvent> uses = day.getValue() == null ? List.of() : analytics.mayorsDay(reader, day.getValue());
            uses.forEach(use -> path.add(new ListItem(
                    TIME.format(use.at()) + " · " + getTranslation(use.kind().labelKey())
                            + " · " + use.subject()
                            + (use.durationMillis() > 0
                                    ? " · " + getTranslation("usage.seconds", use.durationMillis() / 1000)
                                    : ""))));
            if (uses.isEmpty()) {
                path.add(new ListItem(getTranslation("usage.mayor.none")));
            }
        };
        day.addValueChangeListener(change -> fill.run());
        fill.run();
        return new Div(day, path);
    }

    private Div hours() {
        long[][] hours = analytics.peakHours(reader, period());
        long most = 1;
        for (long[] hour : hours) {
            most = Math.max(most, hour[0] + hour[1]);
        }
        Div chart = new Div();
        chart.setId("usage-hours");
        chart.addClassName("usage-hours");
        for (int h = 0; h < 24; h++) {
            long staff = hours[h][0];
            long citizens = hours[h][1];
            Span bar = new Span();
            bar.addClassName("usage-bar");
            bar.getStyle().set("width", (100 * (staff + citizens) / most) + "%");
            Div row = new Div(
                    new Span(String.format("%02d", h)),
                    bar,
                    new Span(getTranslation("usage.hours.row", staff, citizens)));
            row.addClassName("usage-hour");
            chart.add(row);
        }
        return chart;
    }

    private Grid<Map.Entry<String, Long>> kiosks() {
        Grid<Map.Entry<String, Long>> grid = new Grid<>();
        grid.setId("usage-kiosks");
        grid.addColumn(entry -> entry.getKey().isEmpty() ? getTranslation("usage.kiosks.unnamed") : entry.getKey())
                .setHeader(getTranslation("usage.kiosks.station"));
        grid.addColumn(Map.Entry::getValue).setHeader(getTranslation("usage.kiosks.touches"));
        List<Map.Entry<String, Long>> rows = analytics.kioskTouches(reader, period());
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        return grid;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.admin.usage") + " · " + getTranslation("app.title");
    }
}
