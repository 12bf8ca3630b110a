package kr.seoul.smartcity.civic.ui;

import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Function;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import kr.seoul.smartcity.civic.domain.Milestone;
import kr.seoul.smartcity.civic.service.ProjectDetail;

/**
 * A project's milestones as a Gantt chart drawn with HTML: one row per milestone with its planned period as a bar,
 * the time it ran over its plan in red (finished late, or still running past its end), and a line for today.
 * Plain elements rather than a chart library so that screen readers read each row and its status.
 */
class ProjectTimeline extends Composite<Div> {

    private final LocalDate start;
    private final LocalDate end;
    private final double span;
    private final LocalDate today;
    private final Locale locale;
    private final Function<String, String> translate;

    ProjectTimeline(ProjectDetail detail, Locale locale, Function<String, String> translate) {
        this.locale = locale;
        this.translate = translate;
        this.today = detail.today();
        this.start = detail.timelineStart().withDayOfMonth(1);
        this.end = detail.timelineEnd().plusMonths(1).withDayOfMonth(1);
        this.span = Math.max(1, end.toEpochDay() - start.toEpochDay());
        Div root = getContent();
        root.setId("project-timeline");
        root.addClassName("gantt");
        root.add(row(new Span(), scale(), "gantt-head"));
        for (Milestone milestone : detail.milestones()) {
            root.add(milestoneRow(milestone));
        }
        if (!today.isBefore(start) && today.isBefore(end)) {
            root.add(todayLine());
        }
    }

    /** The years along the top, each at its first of January. */
    private Div scale() {
        Div scale = new Div();
        scale.addClassName("gantt-scale");
        for (int year = start.getYear(); year <= end.getYear(); year++) {
            LocalDate january = LocalDate.of(year, 1, 1);
            if (january.isBefore(start)) {
                continue;
            }
            Span tick = new Span(String.valueOf(year));
            tick.addClassName("gantt-tick");
            tick.getStyle().set("left", percent(january, start, span));
            scale.add(tick);
        }
        return scale;
    }

    private Div milestoneRow(Milestone milestone) {
        Milestone.Status status = milestone.status(today);
        Span name = new Span(milestone.name(locale));
        name.addClassName("gantt-name");
        Span state = new Span(translate.apply(status.labelKey())
                + (status.delayed()
                        ? " · "
                                + translate
                                        .apply("project.days-late")
                                        .replace("{0}", String.valueOf(milestone.daysLate(today)))
                        : ""));
        state.addClassNames("gantt-state", status.delayed() ? "gantt-state-late" : "gantt-state-ok");
        Div label = new Div(name, state);
        label.addClassName("gantt-label");
        Div row = row(label, track(milestone, status), "gantt-row");
        row.getElement().setAttribute("data-status", status.name());
        row.getElement().setAttribute("data-seq", String.valueOf(milestone.seq()));
        if (status.delayed()) {
            row.addClassName("gantt-row-late");
        }
        return row;
    }

    /** The planned period as a bar, and the time it ran over in red. */
    private Div track(Milestone milestone, Milestone.Status status) {
        Div track = new Div();
        track.addClassName("gantt-track");
        Div planned = new Div();
        planned.addClassNames(
                "gantt-bar", "gantt-" + status.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        planned.getStyle()
                .set("left", percent(milestone.plannedStart(), start, span))
                .set(
                        "width",
                        width(milestone.plannedStart(), milestone.plannedEnd().plusDays(1), span));
        track.add(planned);
        if (status.delayed()) {
            LocalDate overrun = milestone.actualEnd() != null ? milestone.actualEnd() : today;
            Div late = new Div();
            late.addClassName("gantt-overrun");
            late.getStyle()
                    .set("left", percent(milestone.plannedEnd().plusDays(1), start, span))
                    .set("width", width(milestone.plannedEnd().plusDays(1), overrun.plusDays(1), span));
            track.add(late);
        }
        return track;
    }

    private Div todayLine() {
        Div line = new Div();
        line.addClassName("gantt-today");
        line.getStyle()
                .set("--today", String.format(Locale.ROOT, "%.4f", (today.toEpochDay() - start.toEpochDay()) / span));
        line.getElement().setAttribute("title", translate.apply("project.today"));
        return line;
    }

    private static Div row(com.vaadin.flow.component.Component label, Div track, String className) {
        Div row = new Div(label, track);
        row.addClassName(className);
        return row;
    }

    private static String percent(LocalDate day, LocalDate start, double span) {
        return String.format(Locale.ROOT, "%.3f%%", 100 * (day.toEpochDay() - start.toEpochDay()) / span);
    }

    private static String width(LocalDate from, LocalDate to, double span) {
        return String.format(Locale.ROOT, "%.3f%%", Math.max(0.4, 100 * (to.toEpochDay() - from.toEpochDay()) / span));
    }
}
